/** The Maven goal: the one package that knows Maven. It turns parameters into a request, nothing more. */
package io.errorcatalog.maven;
