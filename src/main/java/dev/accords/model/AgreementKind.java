package dev.accords.model;

/**
 * What sort of deal an {@link Agreement} is, as in the corpus schema. JSON names are the lower-case
 * constant names ({@code strategic_cooperation}).
 *
 * @since 0.1.0
 */
public enum AgreementKind {
    /** A strategic cooperation agreement or strategic partnership agreement. */
    STRATEGIC_COOPERATION,
    /** A framework agreement. */
    FRAMEWORK,
    /** A memorandum of understanding or of cooperation, a letter of intent. */
    MOU,
    /** A contract, including project contracts, loans and credit lines. */
    CONTRACT,
    /** An investment agreement, joint venture agreement or investment pledge. */
    INVESTMENT,
    /** A fund set up between the parties. */
    FUND,
    /** Any other deal or agreement. */
    OTHER
}
