package vn.vidan.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Valid request bodies built from the OpenAPI schemas: every property (variant 0) or only the required ones (variant
 * 1), with values a ward's desk would type. Codes, units and dates come from a small dictionary by schema and field
 * name, so the bodies get past validation and reach the services; every free text, name, ID number and phone carries
 * the planted personal data that no error answer may repeat. Objects the fuzzer creates stay out of other tests'
 * way: a procedure {@code FUZZ_PROC}, waves {@code FUZZ-W…} in 2097, calendar days in 2097, unit hours of
 * {@code THANHKHETAY}, which no other test uses.
 */
final class ExampleBodies {

	/** Recognisable personal data planted in every body: a personal ID number, a full name, a phone number. */
	static final String PLANTED_ID = "079186004711";

	static final String PLANTED_NAME = "Hoàng Thị Kiểm Thử";

	static final String PLANTED_PHONE = "0912384756";

	static final List<String> PLANTED = List.of(PLANTED_ID, PLANTED_NAME, PLANTED_PHONE);

	static final String PLANTED_TEXT = "Người báo " + PLANTED_NAME + ", CCCD " + PLANTED_ID + ", điện thoại "
			+ PLANTED_PHONE;

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
		.toString();

	/** Values by "Schema.field", then by "field"; a variant picks one when there are several. */
	private static final Map<String, List<String>> VALUES = Map.ofEntries(
			Map.entry("Intake.procedureCode", List.of("TAM_TRU")), Map.entry("Intake.channel", List.of("DESK")),
			Map.entry("Intake.unitCode", List.of("HOAMINH")), Map.entry("Document.code", List.of("CT01", "CHO_O_HOP_PHAP")),
			Map.entry("Document.fileName", List.of("ct01.pdf")), Map.entry("Document.contentType", List.of("application/pdf")),
			Map.entry("Document.contentBase64", List.of("JVBERi0xLjQK")),
			Map.entry("Applicant.address", List.of("Tổ dân phố 1, phường Hòa Minh")),
			Map.entry("OfficerIntake.channel", List.of("IN_PERSON", "PHONE")),
			Map.entry("OfficerIntake.referredByUnit", List.of("HOAMINH")), Map.entry("Report.referredByUnit", List.of("HOAMINH")),
			Map.entry("incidentAddress", List.of("Kiệt 12 Nguyễn Tất Thành, Tổ dân phố 13")),
			Map.entry("incidentAt", List.of(HOUR_AGO)), Map.entry("unitCode", List.of("HOAMINH")),
			Map.entry("ReporterIdentity.address", List.of("Tổ dân phố 13, phường Hòa Minh")),
			Map.entry("Attachment.fileName", List.of("anh-hien-truong.jpg")),
			Map.entry("Attachment.mediaType", List.of("image/jpeg")),
			Map.entry("Attachment.contentBase64", List.of("/9j/4AAQSkZJRg==")),
			Map.entry("Plan.code", List.of("FUZZ-W1", "FUZZ-W2")), Map.entry("Plan.provinceCode", List.of("CADN")),
			Map.entry("Plan.startDate", List.of("2097-07-01")), Map.entry("Plan.endDate", List.of("2097-09-30")),
			Map.entry("Plan.reportEvery", List.of("P1M", "P14D")),
			Map.entry("CommunePlan.unitCode", List.of("HOAKHANHBAC")), Map.entry("SourcePlan.unitCode", List.of("CADN-PC08")),
			Map.entry("SourcePlan.nominationDue", List.of("2097-06-10T17:00:00+07:00")),
			Map.entry("Nomination.username", List.of("son.nv")), Map.entry("Adjustment.communeCode", List.of("HOAKHANHBAC")),
			Map.entry("ProcedureChange.decidingRole", List.of("UNIT_LEADER")),
			Map.entry("DocumentChange.code", List.of("FZ01", "FZ02")), Map.entry("WindowHours.start", List.of("17:00")),
			Map.entry("WindowHours.end", List.of("21:00")), Map.entry("SessionHours.start", List.of("07:30")),
			Map.entry("SessionHours.end", List.of("11:30")), Map.entry("Answer.questionId", List.of("1")),
			Map.entry("fullName", List.of(PLANTED_NAME)), Map.entry("personalId", List.of(PLANTED_ID)),
			Map.entry("idNumber", List.of(PLANTED_ID)), Map.entry("phone", List.of(PLANTED_PHONE)));

	private static final Map<String, Long> NUMBERS = Map.of("quota", 1L, "score", 5L, "timeAmount", 3L, "feeVnd", 0L);

	private final JsonNode components;

	ExampleBodies(JsonNode document) {
		this.components = document.path("components").path("schemas");
	}

	/** The schema itself, or the component it refers to. */
	JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asText("");
		return ref.isEmpty() ? schema : components.path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	/** Two valid bodies: every property, then only the required ones with the second choice of each value. */
	List<JsonNode> bodies(JsonNode schema) {
		return List.of(example(schema, "", "body", 0, new HashSet<>()), example(schema, "", "body", 1, new HashSet<>()));
	}

	private JsonNode example(JsonNode schema, String owner, String field, int variant, Set<String> seen) {
		String ref = schema.path("$ref").asText("");
		String name = ref.isEmpty() ? owner : ref.substring(ref.lastIndexOf('/') + 1);
		JsonNode resolved = resolve(schema);
		JsonNode enumeration = resolved.path("enum");
		if (enumeration.isArray() && !enumeration.isEmpty()) {
			return preset(owner, field, variant).map(value -> (JsonNode) TextNode.valueOf(value))
				.orElse(enumeration.get(variant % enumeration.size()));
		}
		switch (resolved.path("type").asText("object")) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (!seen.add(name)) {
					return object;
				}
				Set<String> required = new HashSet<>();
				resolved.path("required").forEach(item -> required.add(item.asText()));
				resolved.path("properties").fields().forEachRemaining(property -> {
					if (variant == 0 || required.contains(property.getKey())) {
						object.set(property.getKey(), example(property.getValue(), name, property.getKey(), variant, seen));
					}
				});
				seen.remove(name);
				return object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				array.add(example(resolved.path("items"), owner, field, variant, seen));
				return array;
			}
			case "integer", "number" -> {
				long value = NUMBERS.getOrDefault(field, resolved.has("minimum") ? resolved.get("minimum").asLong() : 1L);
				return NODES.numberNode(value);
			}
			case "boolean" -> {
				return NODES.booleanNode(variant == 0);
			}
			default -> {
				return TextNode.valueOf(preset(owner, field, variant).orElseGet(() -> switch (resolved.path("format").asText("")) {
					case "date" -> "2097-05-05";
					case "date-time" -> HOUR_AGO;
					default -> PLANTED_TEXT;
				}));
			}
		}
	}

	private static Optional<String> preset(String owner, String field, int variant) {
		List<String> values = VALUES.getOrDefault(owner + "." + field, VALUES.get(field));
		return values == null ? Optional.empty() : Optional.of(values.get(variant % values.size()));
	}

	/** Every array node under {@code node}, for the "null inside a list" input. */
	static List<ArrayNode> arrays(JsonNode node) {
		List<ArrayNode> found = new ArrayList<>();
		collectArrays(node, found);
		return found;
	}

	private static void collectArrays(JsonNode node, List<ArrayNode> found) {
		if (node instanceof ArrayNode array) {
			found.add(array);
		}
		node.forEach(child -> collectArrays(child, found));
	}

}
