package org.barometer.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Faces action checks its role on the server: each action method of a page bean carries
 * {@link StaffAction} (so {@link StaffActionGuard} runs before it), or its bean is marked {@link
 * Public}. Found two ways: the page beans' public void methods (setters aside), and every method
 * that a page's {@code action=}, {@code listener=} or {@code actionListener=} names.
 */
class PageActionsTest {

  private static final Pattern EL_ACTION =
      Pattern.compile("(?:action|listener|actionListener)=\"#\\{(\\w+)\\.(\\w+)");

  @Test
  void everyActionOfAPageBeanNamesItsRole() throws Exception {
    List<String> unguarded = new ArrayList<>();
    int actions = 0;
    for (Class<?> page : pageBeans()) {
      for (Method method : page.getDeclaredMethods()) {
        if (isAction(method)) {
          actions++;
          if (!guarded(page, method)) {
            unguarded.add(page.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    assertEquals(List.of(), unguarded, "actions without @StaffAction or @Public");
    // 17 page beans; PlansPage alone has two actions, so a scan that found nothing fails here.
    assertTrue(actions > 40, "actions found: " + actions);
  }

  @Test
  void everyActionThatAPageCallsNamesItsRole() throws Exception {
    Map<String, Class<?>> beans = new HashMap<>();
    for (Class<?> bean : namedBeans()) {
      beans.put(beanName(bean), bean);
    }
    TreeSet<String> problems = new TreeSet<>();
    int calls = 0;
    Path webapp = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = EL_ACTION.matcher(Files.readString(file));
        while (m.find()) {
          calls++;
          String where = webapp.relativize(file) + ": #{" + m.group(1) + "." + m.group(2) + "}";
          Class<?> bean = beans.get(m.group(1));
          if (bean == null) {
            problems.add(where + " names no bean");
            continue;
          }
          List<Method> methods =
              Arrays.stream(bean.getDeclaredMethods())
                  .filter(method -> method.getName().equals(m.group(2)))
                  .toList();
          if (methods.isEmpty()) {
            problems.add(where + " names no method");
          } else if (methods.stream().anyMatch(method -> !guarded(bean, method))) {
            problems.add(where + " has neither @StaffAction nor @Public");
          }
        }
      }
    }
    assertEquals(new TreeSet<>(), problems);
    assertTrue(calls > 40, "actions named by pages: " + calls);
  }

  @Test
  void theStaffPagesThatViewersOpenKeepTheirChangesForAnalysts() throws Exception {
    // The two pages a viewer may open whose forms change data (the URL constraints of web.xml do
    // not cover them): what they change is an analyst's to change.
    for (String action : List.of("upload", "copy")) {
      assertRole(org.barometer.goals.interfaces.web.PlansPage.class, action, Role.ANALYST);
    }
    for (String action : List.of("createSurvey", "createCycle", "reloadTemplates")) {
      assertRole(org.barometer.survey.interfaces.web.SurveysPage.class, action, Role.ANALYST);
    }
  }

  private static void assertRole(Class<?> page, String action, Role role) {
    Method method =
        Arrays.stream(page.getDeclaredMethods())
            .filter(m -> m.getName().equals(action))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(role), List.of(method.getAnnotation(StaffAction.class).value()), action);
  }

  private static boolean isAction(Method method) {
    int modifiers = method.getModifiers();
    boolean setter = method.getName().startsWith("set") && method.getParameterCount() == 1;
    return Modifier.isPublic(modifiers)
        && !Modifier.isStatic(modifiers)
        && !method.isSynthetic()
        && method.getReturnType() == void.class
        && !setter;
  }

  private static boolean guarded(Class<?> bean, Method method) {
    return bean.isAnnotationPresent(Public.class)
        || method.isAnnotationPresent(StaffAction.class)
        || bean.isAnnotationPresent(StaffAction.class);
  }

  private static String beanName(Class<?> bean) {
    String named = bean.getAnnotation(Named.class).value();
    if (!named.isEmpty()) {
      return named;
    }
    String simple = bean.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  private static List<Class<?>> pageBeans() throws IOException, URISyntaxException {
    return namedBeans().stream()
        .filter(c -> c.getPackageName().endsWith(".interfaces.web"))
        .toList();
  }

  /** Every {@code @Named} class of the application's own classes. */
  private static List<Class<?>> namedBeans() throws IOException, URISyntaxException {
    Path classes = Path.of(Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains("$") || !name.startsWith("org.barometer.")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, Role.class.getClassLoader());
          if (type.isAnnotationPresent(Named.class)) {
            beans.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    assertTrue(beans.size() > 15, "named beans found: " + beans.size());
    return beans;
  }
}
