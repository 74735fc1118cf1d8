package io.errorcatalog.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type the error-catalog plugin wrote into the build: coverage tools that leave out classes
 * annotated with a {@code Generated} of class retention (JaCoCo) leave these out too. It carries no date,
 * so the generated sources stay byte for byte the same from build to build.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Generated {
}
