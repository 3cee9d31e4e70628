package nl.woonzorg.spring.boot.validation;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@code Accept-Language} header of the servlet request the current thread serves, if any.
 * Spring Web and the Servlet API are optional: without them there is no request to ask.
 */
final class RequestLanguage {

  private static final boolean SERVLET_WEB = ClassUtils.isPresent(
      "org.springframework.web.context.request.ServletRequestAttributes",
      RequestLanguage.class.getClassLoader())
      && ClassUtils.isPresent("jakarta.servlet.http.HttpServletRequest",
          RequestLanguage.class.getClassLoader());

  private RequestLanguage() {}

  /** The header, or null outside a servlet request or if the request has none. */
  static @Nullable String acceptLanguage() {
    return SERVLET_WEB ? Servlet.acceptLanguage() : null;
  }

  /** Loaded only when the classes it names are there. */
  private static final class Servlet {

    static @Nullable String acceptLanguage() {
      RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
      if (attributes instanceof ServletRequestAttributes servlet) {
        HttpServletRequest request = servlet.getRequest();
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
      }
      return null;
    }
  }
}
