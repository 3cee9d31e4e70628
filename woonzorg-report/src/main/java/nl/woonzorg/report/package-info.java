/**
 * Reports for people (<i>rapportage</i>): a vision's validation and the BORGING monitor as
 * self-contained HTML pages, through {@link nl.woonzorg.report.HtmlReport}.
 */
@NullMarked
package nl.woonzorg.report;

import org.jspecify.annotations.NullMarked;
