package org.barometer.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every REST resource method says who may call it: {@link Allowed} with its roles, or {@link
 * Public}, on the method or its class. {@link ApiAccessFilter} refuses a method with neither to
 * everyone, so a forgotten mark fails closed; this test makes it fail in the build instead of in
 * use. The container's own {@code @RolesAllowed} and {@code @PermitAll} are not what the filter
 * reads, so they are refused here too rather than silently ignored.
 */
class RestRolesTest {

  @Test
  void everyResourceMethodHasARoleOrIsMarkedPublic() throws Exception {
    List<String> unmarked = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    int methods = 0;
    for (Class<?> resource : resourceClasses()) {
      for (Method method : resource.getDeclaredMethods()) {
        if (!isResourceMethod(method)) {
          continue;
        }
        methods++;
        String name = resource.getSimpleName() + "." + method.getName();
        boolean marked =
            method.isAnnotationPresent(Allowed.class)
                || method.isAnnotationPresent(Public.class)
                || resource.isAnnotationPresent(Allowed.class)
                || resource.isAnnotationPresent(Public.class);
        if (!marked) {
          unmarked.add(name);
        }
        if (hasContainerSecurity(method) || hasContainerSecurity(resource)) {
          foreign.add(name);
        }
      }
    }
    assertEquals(List.of(), unmarked, "resource methods with neither @Allowed nor @Public");
    assertEquals(List.of(), foreign, "@RolesAllowed/@PermitAll/@DenyAll: use @Allowed or @Public");
    assertTrue(methods > 50, "resource methods found: " + methods);
  }

  @Test
  void noAllowedMarkIsEmpty() throws Exception {
    // @Allowed({}) would let nobody in; say so with no mark, or name the roles.
    List<String> empty = new ArrayList<>();
    for (Class<?> resource : resourceClasses()) {
      Allowed onClass = resource.getAnnotation(Allowed.class);
      if (onClass != null && onClass.value().length == 0) {
        empty.add(resource.getSimpleName());
      }
      for (Method method : resource.getDeclaredMethods()) {
        Allowed onMethod = method.getAnnotation(Allowed.class);
        if (onMethod != null && onMethod.value().length == 0) {
          empty.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), empty);
  }

  /** A method JAX-RS dispatches to: it has an HTTP method, or is a sub-resource locator. */
  private static boolean isResourceMethod(Method method) {
    if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
      return false;
    }
    return method.isAnnotationPresent(Path.class)
        || Arrays.stream(method.getAnnotations())
            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  private static boolean hasContainerSecurity(java.lang.reflect.AnnotatedElement element) {
    for (Annotation a : element.getAnnotations()) {
      if (a.annotationType().getName().startsWith("jakarta.annotation.security.")) {
        return true;
      }
    }
    return false;
  }

  /** Every class of the application with a JAX-RS {@code @Path}. */
  static List<Class<?>> resourceClasses() throws Exception {
    java.nio.file.Path classes =
        java.nio.file.Path.of(
            Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (!name.startsWith("org.barometer.") || name.contains("$")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, Role.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          resources.add(type);
        }
      }
    }
    assertTrue(resources.size() > 10, "resource classes found: " + resources.size());
    return resources;
  }
}
