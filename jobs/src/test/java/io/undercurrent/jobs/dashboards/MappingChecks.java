package io.undercurrent.jobs.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the indices behind a query can do with each field, from Elasticsearch's {@code _field_caps} answer for
 * those indices: a field the dashboards use must exist, have one type across all daily indices, and suit its use.
 */
final class MappingChecks {

    private static final Set<String> NUMERIC = Set.of(
            "long", "integer", "short", "byte", "double", "float", "half_float", "scaled_float", "unsigned_long");
    private static final Set<String> DATE = Set.of("date", "date_nanos");

    private record Capability(String type, boolean aggregatable) {}

    private final List<String> indices;
    private final Map<String, List<Capability>> fields = new HashMap<>();

    private MappingChecks(List<String> indices) {
        this.indices = indices;
    }

    static MappingChecks fromFieldCaps(JsonNode fieldCaps) {
        List<String> indices = new ArrayList<>();
        fieldCaps.path("indices").forEach(index -> indices.add(index.asText()));
        MappingChecks checks = new MappingChecks(indices);
        fieldCaps.path("fields").fields().forEachRemaining(field -> {
            List<Capability> capabilities = new ArrayList<>();
            field.getValue().fields().forEachRemaining(byType -> capabilities.add(
                    new Capability(byType.getKey(), byType.getValue().path("aggregatable").asBoolean(false))));
            checks.fields.put(field.getKey(), capabilities);
        });
        return checks;
    }

    /** The concrete indices the answer covers: none means the index pattern matched nothing. */
    List<String> indices() {
        return indices;
    }

    List<String> problems(Collection<FieldUse> uses) {
        List<String> problems = new ArrayList<>();
        uses.forEach(use -> problem(use).ifPresent(problems::add));
        return problems;
    }

    Optional<String> problem(FieldUse use) {
        String where = use.field() + " (" + use.usedBy() + ")";
        List<Capability> capabilities = fields.get(use.field());
        if (capabilities == null) {
            return Optional.of(where + " is not in the mapping of " + indices);
        }
        if (capabilities.size() > 1) {
            return Optional.of(where + " has conflicting types across " + indices + ": "
                    + capabilities.stream().map(Capability::type).toList());
        }
        Capability capability = capabilities.get(0);
        boolean fits = switch (use.role()) {
            case DATE -> DATE.contains(capability.type());
            case NUMERIC -> NUMERIC.contains(capability.type());
            case NUMERIC_OR_DATE -> NUMERIC.contains(capability.type()) || DATE.contains(capability.type());
            case AGGREGATABLE -> capability.aggregatable() && !"text".equals(capability.type());
            case PRESENT -> true;
        };
        return fits ? Optional.empty()
                : Optional.of(where + " must be " + describe(use.role()) + " but is " + capability.type()
                        + (capability.aggregatable() ? "" : ", not aggregatable"));
    }

    private static String describe(FieldUse.Role role) {
        return switch (role) {
            case DATE -> "a date";
            case NUMERIC -> "numeric";
            case NUMERIC_OR_DATE -> "numeric or a date";
            case AGGREGATABLE -> "aggregatable (keyword, number or date, not text)";
            case PRESENT -> "present";
        };
    }
}
