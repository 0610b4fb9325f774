package io.undercurrent.jobs.config;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.YamlParserUtils;

/**
 * Builds the effective configuration: the options' defaults, then a YAML file, then {@code -D key=value}
 * overrides. The YAML may nest keys ({@code kafka: {bootstrap-servers: ...}}) or spell them flat; map-typed
 * options such as {@code source.topics} take a YAML map.
 */
public final class MonitorConfig {

    private static final Set<String> MAP_OPTION_KEYS = mapOptionKeys(MonitorOptions.class, DemoOptions.class);

    private MonitorConfig() {}

    public static Configuration load(Path yamlFile, Map<String, String> overrides) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (yamlFile != null) {
            flatten("", readYaml(yamlFile), flat);
        }
        flat.putAll(overrides);
        return Configuration.fromMap(flat);
    }

    private static Map<String, Object> readYaml(Path yamlFile) {
        if (!Files.isRegularFile(yamlFile)) {
            throw new IllegalArgumentException("config file not found: " + yamlFile);
        }
        try {
            Map<String, Object> yaml = YamlParserUtils.loadYamlFile(new File(yamlFile.toString()));
            return yaml == null ? Map.of() : yaml;
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read config file " + yamlFile + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> yaml, Map<String, String> out) {
        for (Map.Entry<String, Object> entry : yaml.entrySet()) {
            String key = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
            Object value = entry.getValue();
            if (value instanceof Map && !MAP_OPTION_KEYS.contains(key)) {
                flatten(key, (Map<String, Object>) value, out);
            } else if (value instanceof Map || value instanceof List) {
                out.put(key, YamlParserUtils.toYAMLString(value).trim());
            } else if (value != null) {
                out.put(key, String.valueOf(value));
            }
        }
    }

    private static Set<String> mapOptionKeys(Class<?>... optionHolders) {
        Set<String> keys = new HashSet<>();
        for (Class<?> holder : optionHolders) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && isMapOption(field.getGenericType())) {
                    try {
                        keys.add(((ConfigOption<?>) field.get(null)).key());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return keys;
    }

    private static boolean isMapOption(Type type) {
        if (!(type instanceof ParameterizedType)) {
            return false;
        }
        ParameterizedType option = (ParameterizedType) type;
        Type valueType = option.getActualTypeArguments()[0];
        return option.getRawType() == ConfigOption.class
                && valueType instanceof ParameterizedType
                && ((ParameterizedType) valueType).getRawType() == Map.class;
    }
}
