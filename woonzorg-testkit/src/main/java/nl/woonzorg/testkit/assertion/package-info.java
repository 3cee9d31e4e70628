/**
 * Assertions on woonzorg data for test suites: {@link
 * nl.woonzorg.testkit.assertion.WoonzorgAssertions}. They throw a plain {@link AssertionError},
 * so they work with any version of JUnit, TestNG or none.
 *
 * <p>Nothing here is null unless marked so.
 */
@NullMarked
package nl.woonzorg.testkit.assertion;

import org.jspecify.annotations.NullMarked;
