package dev.accords.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accords.Accords;
import dev.accords.model.Forum;
import dev.accords.model.Place;
import org.junit.jupiter.api.Test;

class ForumPlaceTest {
    @Test
    void cityRegionAndCountryAfterHeldIn() {
        Forum f = Accords.parseText("On 26 November, the 3rd International Medical Innovation and Cooperation Forum was"
                        + " held in Fangchenggang, Guangxi Zhuang Autonomous Region, China.")
                .forums()
                .get(0);
        Place p = f.place().orElseThrow();
        assertThat(p.city()).contains("Fangchenggang");
        assertThat(p.region()).contains("Guangxi Zhuang Autonomous Region");
        assertThat(p.country()).contains("China");
    }

    @Test
    void venueAfterHeldInAndCityBeforeIt() {
        Forum f = Accords.parseText("On June 16, the Parallel Forum on Biomedicine of the SCO Industrial and Supply"
                        + " Chains Forum was held in Qingdao · SCODA Pearl International Expo Center.")
                .forums()
                .get(0);
        assertThat(f.place().flatMap(Place::venue)).contains("Qingdao · SCODA Pearl International Expo Center");
        assertThat(f.place().flatMap(Place::city)).contains("Qingdao");
        assertThat(f.parent()).contains("SCO Industrial and Supply Chains Forum");
    }

    @Test
    void aCityInTheNameOfTheEvent() {
        Forum f = Accords.parseText("Leaders met at the Beijing Summit of the Forum on China-Africa Cooperation (FOCAC)"
                        + " last September.")
                .forums()
                .get(0);
        assertThat(f.place().flatMap(Place::city)).contains("Beijing");
    }
}
