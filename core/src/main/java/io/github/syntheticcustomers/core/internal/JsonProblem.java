package io.github.syntheticcustomers.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Locale;

/**
 * What is wrong where in a dataset file that does not parse, in words a user can act on: the file, the line and
 * column, the record and what became of it ({@code customers.jsonl line 3, column 17: the file ends inside record 3;
 * it is truncated}). Never the parser's own text or an exception type: those name internals, not the file.
 */
public final class JsonProblem {

    private JsonProblem() {
    }

    /**
     * One line naming the place and the problem of {@code e}, met reading record {@code record} (1-based) of
     * {@code file}, a file of {@code noun} records ({@code customer}, {@code scenario}, ...).
     *
     * @param where the parser's location when {@code e} carries none
     */
    public static String describe(String file, JsonProcessingException e, JsonLocation where, long record,
            String noun) {
        JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : where;
        return at(file, at) + ": " + what(e, record, noun);
    }

    /** {@code customers.json line 3, column 17} (the column left out when unknown). */
    public static String at(String file, JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return file;
        }
        return at(file, location.getLineNr(), location.getColumnNr());
    }

    /** {@code customers.json line 3, column 17} (the column left out when not positive). */
    public static String at(String file, long line, long column) {
        return file + " line " + line + (column > 0 ? ", column " + column : "");
    }

    private static String what(JsonProcessingException e, long record, String noun) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            return "the file ends inside record " + record + "; it is truncated";
        }
        if (e instanceof StreamConstraintsException) {
            return "record " + record + " holds a value longer or deeper than a dataset record can";
        }
        if (e instanceof JsonMappingException m) {
            String field = path(m);
            String record1 = "record " + record + " is not " + article(noun) + " " + noun + " record";
            if (e instanceof UnrecognizedPropertyException u) {
                String name = field.isEmpty() ? u.getPropertyName() : field;
                return record1 + ": it has a field " + name + " that " + noun + " records do not have";
            }
            if (field.isEmpty()) {
                return record1 + (e instanceof MismatchedInputException
                        ? ": a value has the wrong type or a field is missing"
                        : ": a field is missing or holds a value out of range");
            }
            if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                return record1 + ": field " + field + " has a value of the wrong type";
            }
            return record1 + ": field " + field + " is missing or holds a value out of range";
        }
        String kind;
        if (original.contains("utf-8") || original.contains("utf8")) {
            kind = "bytes that are not UTF-8";
        } else if (original.contains("unexpected character")) {
            kind = "a character that cannot stand there";
        } else if (original.contains("unrecognized token")) {
            kind = "a word that is no JSON value";
        } else if (original.contains("duplicate field")) {
            kind = "a field given twice";
        } else {
            kind = "text that is not JSON";
        }
        return "record " + record + " is not valid JSON: " + kind + " (the file is damaged or was edited)";
    }

    /** The field's path in the record, e.g. {@code demographics.age} or {@code journey[2].phase}; empty at the top. */
    private static String path(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String article(String noun) {
        return !noun.isEmpty() && "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
