package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON types are strict in every body: text must be a string, a yes-or-no a true or false, a whole
 * number a number without a fraction. Anything else is refused naming the field, rather than quietly
 * converted ({@code 1.5e308} becoming the holding message "1.5E308", {@code "sometimes"} becoming no).
 */
final class StrictJsonTypes {

    private StrictJsonTypes() {
    }

    /** Reads any JSON value and keeps it only if it is of the expected kind. */
    abstract static class Strict<T> implements Deserializer<T> {

        private final String expected;

        Strict(String expected) {
            this.expected = expected;
        }

        @Override
        public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            T accepted = accept(decoder.decodeArbitrary());
            if (accepted == null) {
                throw new InvalidRequestException(type.getName(), "Enter " + type.getName() + " as " + expected);
            }
            return accepted;
        }

        @Nullable
        abstract T accept(@Nullable Object value);
    }

    @Singleton
    static class Text extends Strict<String> {
        Text() {
            super("text, in quotes");
        }

        @Override
        String accept(Object value) {
            return value instanceof String text ? text : null;
        }
    }

    @Singleton
    static class Flag extends Strict<Boolean> {
        Flag() {
            super("true or false");
        }

        @Override
        Boolean accept(Object value) {
            return value instanceof Boolean flag ? flag : null;
        }
    }

    @Singleton
    static class WholeNumber extends Strict<Integer> {
        WholeNumber() {
            super("a whole number");
        }

        @Override
        Integer accept(Object value) {
            if (!(value instanceof Number number)) {
                return null;
            }
            try {
                return new BigDecimal(number.toString()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
    }
}
