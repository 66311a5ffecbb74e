package org.dmreport.input.map;

import java.util.List;
import org.dmreport.input.tree.JNode;
import org.dmreport.model.ErrorShape;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ProcessResult;
import org.dmreport.model.VersionSign;

/**
 * Maps a {@code result} object and its errors, in every shape DM has printed them: 1.0's
 * {@code {Type, msg}}, 1.0.2's numeric class, scope and level (decoded to their names), and 2.0's
 * named fields.
 */
final class ResultMapper {

    private static final String[] ERR_CLASS = {
        "",
        "database",
        "functional",
        "config",
        "binlog-op",
        "checkpoint",
        "task-check",
        "relay-event-lib",
        "relay-unit",
        "dump-unit",
        "load-unit",
        "sync-unit",
        "dm-master",
        "dm-worker",
        "dm-tracer",
        "schema-tracker",
        "scheduler"
    };
    private static final String[] ERR_SCOPE = {"not-set", "upstream", "downstream", "internal"};
    private static final String[] ERR_LEVEL = {"", "low", "medium", "high"};

    private ResultMapper() {}

    static ProcessResult result(Fields parent, String key) {
        Fields r = parent.child(key);
        if (r == null) {
            return null;
        }
        Boolean canceled = r.bool("isCanceled");
        List<ProcessError> errors = r.each("errors", ResultMapper::error);
        String detail = detail(r);
        return new ProcessResult(Boolean.TRUE.equals(canceled), errors, detail, r.where());
    }

    /** {@code detail} is raw bytes in the proto: null, a base64 string, or (hand-written) anything. */
    static String detail(Fields r) {
        JNode value = r.node("detail");
        if (value instanceof JNode.JScalar s && s.type() != JNode.ScalarType.NULL) {
            return s.text();
        }
        return null;
    }

    private static ProcessError error(Fields e) {
        if (e.has("ErrCode") && !e.has("Type")) {
            e.saw(VersionSign.NAMED_ERROR);
            return coded(ErrorShape.NAMED, e, e);
        }
        String type = e.string("Type");
        String msg = e.string("msg");
        Fields n = e.child("error");
        if (n == null) {
            return new ProcessError(ErrorShape.TYPE_MSG, null, type, "", "", msg, "", "", e.where());
        }
        e.saw(VersionSign.NUMERIC_ERROR);
        ProcessError numeric = coded(ErrorShape.NUMERIC, n, e);
        String message = numeric.message();
        return message != null && !message.isEmpty() ? numeric : numeric.withMessage(msg);
    }

    /**
     * An error with a code, read from {@code f}: the whole error in DM 2.0 ({@code NAMED}, with a
     * workaround), or the object under {@code error} in 1.0.2-1.0.7 ({@code NUMERIC}, none). It stands
     * where {@code outer} does.
     */
    private static ProcessError coded(ErrorShape shape, Fields f, Fields outer) {
        Long code = f.int64("ErrCode");
        String errClass = named(f, "ErrClass", ERR_CLASS);
        String scope = named(f, "ErrScope", ERR_SCOPE);
        String level = named(f, "ErrLevel", ERR_LEVEL);
        String message = f.string("Message");
        String rawCause = f.string("RawCause");
        String workaround = shape == ErrorShape.NAMED ? f.string("Workaround") : "";
        if (f != outer) {
            f.where(); // finishes the nested object, so that its unknown keys are reported
        }
        return new ProcessError(shape, code, errClass, scope, level, message, rawCause, workaround, outer.where());
    }

    /** Class, scope or level: a name since DM 2.0, a number in 1.0.2-1.0.7 (decoded). */
    private static String named(Fields e, String key, String[] names) {
        JNode value = e.node(key);
        if (value instanceof JNode.JScalar s && s.type() == JNode.ScalarType.INTEGER) {
            try {
                int index = Integer.parseInt(s.text());
                if (index >= 0 && index < names.length && !names[index].isEmpty()) {
                    return names[index];
                }
            } catch (NumberFormatException ignored) {
                // an out-of-range code is shown as printed
            }
            return s.text();
        }
        return value instanceof JNode.JScalar s && s.type() == JNode.ScalarType.STRING ? s.text() : null;
    }
}
