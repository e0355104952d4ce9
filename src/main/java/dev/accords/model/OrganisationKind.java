package dev.accords.model;

/**
 * What sort of body an {@link Organisation} is, as in the corpus schema. JSON names are the lower-case
 * constant names.
 *
 * @since 0.1.0
 */
public enum OrganisationKind {
    /** A business: company, group, corporation, enterprise, holding. */
    COMPANY,
    /** A government, ministry, commission, municipal or party committee, agency, administration. */
    GOVERNMENT,
    /** An association, chamber, alliance, federation, council of members. */
    ASSOCIATION,
    /** A university, academy, research institute or centre. */
    ACADEMIC,
    /** A hospital, clinic or other care provider. */
    HEALTHCARE,
    /** A bank, insurer, fund or other financial institution. */
    FINANCIAL,
    /** An international or intergovernmental organisation (SCO, ASEAN, Gavi). */
    INTERNATIONAL,
    /** Anything else, or not known. */
    OTHER
}
