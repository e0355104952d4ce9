package dev.accords.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A fact that can carry the spans of text it was read from.
 *
 * <p>Spans are auxiliary: they do not take part in {@code equals} and {@code hashCode}, and they are
 * empty unless the parser was built with evidence enabled (the default) or the fact was built with
 * them.
 *
 * @since 0.1.0
 */
public interface Evidenced {
    /** @return where the fact was stated, in text order; empty when not recorded */
    @Value.Auxiliary
    List<Span> spans();
}
