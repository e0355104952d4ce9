package dev.accords.model;

/**
 * What sort of event a {@link Forum} is, as in the corpus schema. JSON names are the lower-case
 * constant names.
 *
 * @since 0.1.0
 */
public enum ForumKind {
    /** A forum, including parallel and sub-forums. */
    FORUM,
    /** A symposium or seminar. */
    SYMPOSIUM,
    /** A summit. */
    SUMMIT,
    /** A conference or congress. */
    CONFERENCE,
    /** An expo, exhibition or fair. */
    EXPO,
    /** A signing ceremony, an inauguration or an opening ceremony. */
    CEREMONY,
    /** A meeting, dialogue, round table or talks. */
    MEETING,
    /** Anything else (a visit, a week, a festival). */
    OTHER
}
