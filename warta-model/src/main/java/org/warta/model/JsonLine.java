package org.warta.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * One line of JSON for the contract's records, written as {@link RecordJson}'s Jackson mapper writes them, byte
 * for byte, without building that mapper: Jackson's first write of a record costs a one-file {@code warta extract}
 * about a quarter of a second of introspection. Knows records (components in order, snake_case names, {@code
 * JsonInclude(NON_NULL)} components), lists, strings, booleans, whole and fractional numbers (whole doubles without
 * a fraction), and enums (their name, or their {@code JsonValue} method). Anything else, or any other Jackson
 * annotation, makes {@link #write} answer null so that the caller uses Jackson.
 */
final class JsonLine {
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonLine() {
    }

    /** The value as one line of JSON, or null when it holds something this writer does not know. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder(4096);
        return value(value, out) ? out.toString() : null;
    }

    private static boolean value(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof Double d) {
            number(d, out);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                if (!value(list.get(i), out)) {
                    return false;
                }
            }
            out.append(']');
        } else {
            Shape shape = SHAPES.get(v.getClass());
            return shape != null && shape.write(v, out);
        }
        return true;
    }

    /** As RecordJson's whole-number serializer: a whole value below 1e15 without a fraction, else Jackson's way. */
    private static void number(double d, StringBuilder out) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.append('"').append(d).append('"'); // Jackson quotes non-numeric numbers by default
        } else {
            out.append(d);
        }
    }

    /** Jackson's default escaping: quote, backslash and control characters; everything else as it is. */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** How one record or enum class is written; null for a class this writer leaves to Jackson. */
    private record Shape(String[] names, Method[] accessors, boolean[] nonNull, Method jsonValue) {
        static Shape of(Class<?> type) {
            try {
                if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
                    return enumShape(type.isEnum() ? type : type.getSuperclass());
                }
                return type.isRecord() && Modifier.isPublic(type.getModifiers()) ? recordShape(type) : null;
            } catch (ReflectiveOperationException | SecurityException e) {
                return null;
            }
        }

        private static Shape enumShape(Class<?> type) {
            Method jsonValue = null;
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(JsonValue.class)) {
                    if (m.getParameterCount() != 0 || m.getReturnType() != String.class || jsonValue != null) {
                        return null;
                    }
                    jsonValue = m;
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (jacksonAnnotations(f.getAnnotations())) {
                    return null; // a constant renamed with JsonProperty, say
                }
            }
            return jacksonAnnotations(type.getAnnotations()) ? null : new Shape(null, null, null, jsonValue);
        }

        private static Shape recordShape(Class<?> type) throws NoSuchFieldException {
            RecordComponent[] cs = type.getRecordComponents();
            String[] names = new String[cs.length];
            Method[] accessors = new Method[cs.length];
            boolean[] nonNull = new boolean[cs.length];
            for (Method m : type.getMethods()) { // Jackson would also write bean getters
                String n = m.getName();
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type
                        && (beanName(n, "get") || beanName(n, "is"))) {
                    return null;
                }
            }
            for (int i = 0; i < cs.length; i++) {
                Method accessor = cs[i].getAccessor();
                Field field = type.getDeclaredField(cs[i].getName());
                JsonInclude include = accessor.getAnnotation(JsonInclude.class);
                include = include != null ? include : field.getAnnotation(JsonInclude.class);
                if (include != null && include.value() != JsonInclude.Include.NON_NULL
                        || jacksonAnnotations(accessor.getAnnotations(), JsonInclude.class)
                        || jacksonAnnotations(field.getAnnotations(), JsonInclude.class)) {
                    return null;
                }
                names[i] = SNAKE.translate(cs[i].getName());
                accessors[i] = accessor;
                nonNull[i] = include != null;
            }
            JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
            List<String> componentOrder = Arrays.stream(cs).map(RecordComponent::getName).toList();
            if (order != null && !Arrays.asList(order.value()).equals(componentOrder)
                    || jacksonAnnotations(type.getAnnotations(), JsonPropertyOrder.class)) {
                return null;
            }
            return new Shape(names, accessors, nonNull, null);
        }

        private static boolean beanName(String method, String prefix) {
            return method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()));
        }

        /** True when any of these is a Jackson annotation other than the allowed one. */
        @SafeVarargs
        private static boolean jacksonAnnotations(Annotation[] annotations, Class<? extends Annotation>... allowed) {
            for (Annotation a : annotations) {
                String name = a.annotationType().getName();
                if (name.startsWith("com.fasterxml.jackson.") && !List.of(allowed).contains(a.annotationType())) {
                    return true;
                }
            }
            return false;
        }

        boolean write(Object v, StringBuilder out) {
            try {
                if (names == null) {
                    Object name = jsonValue == null ? ((Enum<?>) v).name() : jsonValue.invoke(v);
                    return name != null && value(name, out);
                }
                out.append('{');
                boolean first = true;
                for (int i = 0; i < names.length; i++) {
                    Object x = accessors[i].invoke(v);
                    if (x == null && nonNull[i]) {
                        continue;
                    }
                    out.append(first ? "\"" : ",\"").append(names[i]).append("\":");
                    first = false;
                    if (!value(x, out)) {
                        return false;
                    }
                }
                out.append('}');
                return true;
            } catch (IllegalAccessException | InvocationTargetException e) {
                return false;
            }
        }
    }
}
