package org.dmreport.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Supplier;
import org.dmreport.analysis.Runner;

/**
 * Turns a prepared view into one output format, written as it is produced: a large view never
 * becomes one string in memory. Every output of every command is a renderer of its command's view,
 * found by format name in {@link Renderers}: {@code status} and {@code check} of their views, and
 * the HTML, Markdown and JSON files of {@code report} of its view model. Renderers are stateless and
 * deterministic.
 *
 * @param <V> the view it renders
 */
public interface Renderer<V> {

    /**
     * Writes the whole output to {@code out}; the caller flushes and closes. A problem of the
     * renderer's own (only a template can have one) is returned, and {@code out} then holds a part
     * to discard; failures to write are thrown.
     */
    Rendered render(V view, Writer out) throws IOException;

    /**
     * As {@link #render(Object, Writer)}, formatting pieces of a long output on {@code runner}'s
     * threads where it can; the bytes are the same whatever the runner.
     */
    default Rendered render(V view, Writer out, Runner runner) throws IOException {
        return render(view, out);
    }

    /**
     * Makes ready, ahead of the view, what rendering will need and is slow to make (a JSON mapper):
     * called when the renderer is chosen, before the inputs are read. Changes no output.
     */
    default void prepare() {}

    /** Whether {@link #render(Object, Writer)} can return a problem: see {@link Output#canStop()}. */
    default boolean canStop() {
        return false;
    }

    /** The output of {@code view} to be written when asked. */
    default Output of(V view) {
        return ofLater(() -> view);
    }

    /**
     * The output of the view {@code view} gives when it is written: a view costly to build is built
     * by the first output that writes it, while outputs that do not need it are written.
     */
    default Output ofLater(Supplier<? extends V> view) {
        return new Output() {
            @Override
            public Rendered writeTo(Writer out, Runner runner) throws IOException {
                return render(view.get(), out, runner);
            }

            @Override
            public boolean canStop() {
                return Renderer.this.canStop();
            }
        };
    }

    /** The whole output as a string, for tests and small views; a problem is thrown as a bug. */
    default String render(V view) {
        StringWriter text = new StringWriter();
        try {
            Rendered rendered = render(view, text);
            if (!rendered.whole()) {
                throw new IllegalStateException(rendered.problem());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
