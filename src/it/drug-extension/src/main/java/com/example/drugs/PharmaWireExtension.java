package com.example.drugs;

import dev.accords.AnnouncementParser;
import dev.accords.Extension;

// tag::reader-extension[]
/** Adds {@link PharmaWireReader}. */
public final class PharmaWireExtension implements Extension {
    @Override
    public void extend(AnnouncementParser.Builder builder) {
        builder.articleReader(new PharmaWireReader());
    }
}
// end::reader-extension[]
