/**
 * Tools for test suites that check woonzorg data: {@link nl.woonzorg.testkit.Samples} draws
 * reproducible samples from any generator without a property-testing framework; the subpackages
 * hold the generators ({@code gen}), the defect injectors and conformance corpus ({@code defect})
 * and the assertions ({@code assertion}).
 *
 * <p>Nothing here is null unless marked so.
 */
@NullMarked
package nl.woonzorg.testkit;

import org.jspecify.annotations.NullMarked;
