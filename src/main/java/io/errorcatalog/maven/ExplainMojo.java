package io.errorcatalog.maven;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.errorcatalog.generate.Explanation;
import io.errorcatalog.generate.InvalidRequestException;
import io.errorcatalog.model.CatalogSet;

/**
 * Prints one error's entry, as {@code rustc --explain} does: {@code mvn error-catalog:explain -Dcode=403010}
 * (or a constant name, {@code -Dcode=TOO_LONG}), in a locale with {@code -Dlocale=de}.
 */
@Mojo(name = "explain", threadSafe = true)
public class ExplainMojo extends AbstractCatalogMojo {

    /**
     * The error to explain: its wire code, or its constant name.
     *
     * @since 1.0.0
     */
    @Parameter(property = "code", required = true)
    private String code;

    /**
     * The locale of the texts, a BCP 47 tag such as {@code de} or {@code pt-BR}; unset, the catalog's
     * default locale. Where the catalog has no text in it, its default locale's is shown.
     *
     * @since 1.0.0
     */
    @Parameter(property = "locale")
    private String locale;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CatalogSet set = CheckMojo.check(this);
        List<String> entries;
        try {
            entries = Explanation.of(set, code, locale);
        } catch (InvalidRequestException e) {
            throw new MojoFailureException("error-catalog: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new MojoFailureException("error-catalog: " + Explanation.noSuchError(set, code,
                    "under " + catalogDirectory));
        }
        for (String entry : entries) {
            getLog().info("\n" + entry);
        }
    }
}
