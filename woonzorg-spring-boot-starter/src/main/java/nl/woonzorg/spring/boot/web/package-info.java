/**
 * woonzorg documents over Spring MVC: {@link
 * nl.woonzorg.spring.boot.web.WoonzorgHttpMessageConverter} reads a {@code @RequestBody} of any
 * document kind with the wire format's located errors and writes documents as the wire format, and
 * {@link nl.woonzorg.spring.boot.web.WoonzorgProblemHandler} answers an unreadable or
 * non-conforming document with an RFC 9457 problem that lists the findings.
 */
@NullMarked
package nl.woonzorg.spring.boot.web;

import org.jspecify.annotations.NullMarked;
