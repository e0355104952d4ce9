package com.example.drugs;

import dev.accords.model.Announcement;
import dev.accords.spi.PostProcessor;

// tag::post-processor[]
/** Gives an announcement without an id the last segment of its URL. */
public final class UrlIdPostProcessor implements PostProcessor {
    @Override
    public Announcement process(Announcement announcement) {
        if (announcement.id().isPresent() || announcement.sourceUrl().isEmpty()) {
            return announcement;
        }
        String url = announcement.sourceUrl().get();
        String last = url.substring(url.lastIndexOf('/') + 1);
        return last.isBlank()
                ? announcement
                : Announcement.builder().from(announcement).id(last).build();
    }
}
// end::post-processor[]
