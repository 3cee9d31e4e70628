/**
 * Validation for Spring applications: {@link nl.woonzorg.spring.boot.validation.WoonzorgValidators}
 * hands out the configured validator per profile and language, and {@link
 * nl.woonzorg.spring.boot.validation.ConformsToWoonzorg} asks Bean Validation (method validation
 * included) to check a woonzorg document against the rules (<i>toetsing</i>).
 */
@NullMarked
package nl.woonzorg.spring.boot.validation;

import org.jspecify.annotations.NullMarked;
