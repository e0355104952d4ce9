package dev.accords.model;

/**
 * How exactly a number was stated: "21.9 billion yuan" is {@link #EXACT}, "over 400 attendees" is
 * {@link #AT_LEAST}, "up to 3 billion US dollars" is {@link #AT_MOST}, "about 80 officials" is {@link
 * #APPROXIMATE}. JSON names are the lower-case constant names ({@code at_least}).
 *
 * @since 0.1.0
 */
public enum Qualifier {
    /** The number as stated, without a hedge. */
    EXACT,
    /** "about", "around", "approximately", "nearly", "some", "an estimated". */
    APPROXIMATE,
    /** "over", "more than", "at least", "in excess of". */
    AT_LEAST,
    /** "up to", "at most", "less than", "no more than". */
    AT_MOST
}
