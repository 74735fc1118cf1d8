/**
 * The one entry point: {@link io.errorcatalog.generate.Generator} takes a
 * {@link io.errorcatalog.generate.GenerationRequest}, runs load, check, render and write, and returns a
 * {@link io.errorcatalog.generate.GenerationResult}. The Maven goal, the tests and any other front end
 * call it the same way.
 */
package io.errorcatalog.generate;
