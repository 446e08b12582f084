package dev.snpgate.processor;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The snpgate elements of one compilation, a guest's or a feature library's, gathered over all
 * rounds and handed to the generation step once they are resolved.
 */
public record ModuleInputs(List<TypeElement> features, List<Element> guests, List<Element> overrides,
    List<Element> libraries) {}
