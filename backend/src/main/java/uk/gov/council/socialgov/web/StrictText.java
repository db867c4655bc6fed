package uk.gov.council.socialgov.web;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON types are strict: where a body expects text, a number or a flag is refused naming the field,
 * rather than quietly turned into text ({@code 1.5e308} becoming the message "1.5E308").
 */
@Singleton
class StrictText implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof String text) {
            return text;
        }
        String field = type.getName();
        throw new InvalidRequestException(field, "Enter " + field + " as text, in quotes");
    }
}
