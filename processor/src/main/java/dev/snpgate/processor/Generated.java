package dev.snpgate.processor;

import dev.snpgate.processor.model.GuestModel;
import java.util.Optional;

/**
 * What a generation step wrote: the class (a guest's registry, or a library's contribution) and,
 * for a guest, the model its outputs were written from.
 */
public record Generated(String written, Optional<GuestModel> model) {}
