package dev.snpgate.processor.validation;

import dev.snpgate.processor.model.FeatureDeclaration;
import javax.lang.model.element.TypeElement;

/** A feature class that passed validation, and the element to point diagnostics and outputs at. */
public record ValidatedFeature(TypeElement element, FeatureDeclaration declaration) {}
