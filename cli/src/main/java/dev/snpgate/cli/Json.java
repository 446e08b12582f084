package dev.snpgate.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration of the CLI (Jackson): strict when reading what others wrote, since a
 * manifest with a duplicate key or trailing text is not one snpgate wrote; indented when writing.
 */
public final class Json {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private Json() {}

  /** Parses one JSON value, nothing after it. */
  public static JsonNode read(byte[] json) throws IOException {
    return MAPPER.readTree(json);
  }

  /** A new, empty object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new, empty array. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** {@code node}, indented. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException cannotHappenForATree) {
      throw new UncheckedIOException(cannotHappenForATree);
    }
  }
}
