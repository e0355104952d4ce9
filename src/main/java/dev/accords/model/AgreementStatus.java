package dev.accords.model;

/**
 * Whether an {@link Agreement} has been signed or only announced. JSON names are the lower-case
 * constant names.
 *
 * @since 0.1.0
 */
public enum AgreementStatus {
    /** The text reports the signing as done ("signed", "inked", "entered into", "was established"). */
    SIGNED,
    /** The text reports it as intended ("will sign", "plans to sign", "is expected to sign"). */
    ANNOUNCED
}
