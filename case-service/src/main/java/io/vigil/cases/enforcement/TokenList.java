package io.vigil.cases.enforcement;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of plain tokens (country codes, decision-tree node ids) as one comma-separated column; the
 * API admits only tokens without commas, so the list reads back exactly as written.
 */
@Converter
public class TokenList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> tokens) {
        return tokens == null || tokens.isEmpty() ? null : String.join(",", tokens);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
