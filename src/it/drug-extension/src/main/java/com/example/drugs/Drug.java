package com.example.drugs;

import dev.accords.model.Span;
import java.util.List;

// tag::drug[]
/** A medicine an announcement names: a fact the Accords model does not have. */
public record Drug(String name, List<Span> spans) {
    public Drug {
        spans = List.copyOf(spans);
    }
}
// end::drug[]
