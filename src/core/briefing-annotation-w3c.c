/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-annotation-w3c"

#include "config.h"

#include "briefing-annotation-store.h"
#include "briefing-annotation-w3c-private.h"
#include "briefing-enum-types.h"
#include "briefing-json-build.h"

/*
 * Each annotation is a W3C Web Annotation (https://www.w3.org/TR/annotation-model/):
 *
 *   { "id": "urn:uuid:…",
 *     "type": "Annotation",
 *     "motivation": "highlighting" | "commenting" | "questioning",      highlight, note, question
 *     "created": "2025-06-02T10:30:00Z", "modified": "…",               RFC 3339
 *     "body": [                                                          left out when empty
 *       { "type": "TextualBody", "purpose": "commenting", "value": NOTE, "format": "text/plain" },
 *       { "type": "TextualBody", "purpose": "tagging", "value": TAG }, … ],
 *     "target": {
 *       "source": "urn:briefing:BUNDLE:article:ID",      or :event:ID, :demand:ID; the bundle
 *                                                        itself is "urn:briefing:BUNDLE"
 *       "selector": [                                    articles only, when there is a quote
 *         { "type": "TextQuoteSelector", "exact": …, "prefix": …, "suffix": … },
 *         { "type": "TextPositionSelector", "start": N, "end": N } ] },  code points
 *     "briefing:color": "yellow", "briefing:owner": "…", "briefing:deadline": "2025-06-30" }
 *
 * "@context" is written once, on the collection; an annotation read on its own may carry one.
 * Reading (briefing-annotation-w3c-parse.c) is strict: an unknown member is an error rather than
 * something silently dropped.
 */

static const char * const motivations[] = {
  [BRIEFING_ANNOTATION_KIND_HIGHLIGHT] = "highlighting",
  [BRIEFING_ANNOTATION_KIND_NOTE] = "commenting",
  [BRIEFING_ANNOTATION_KIND_QUESTION] = "questioning",
};

const char *
briefing_annotation_w3c_motivation (BriefingAnnotationKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (motivations), NULL);

  return motivations[kind];
}

/* Writing */

static void
add_textual_body (JsonBuilder *b,
                  const char  *purpose,
                  const char  *value,
                  gboolean     with_format)
{
  json_builder_begin_object (b);
  briefing_json_add_string (b, "type", "TextualBody");
  briefing_json_add_string (b, "purpose", purpose);
  briefing_json_add_string (b, "value", value);
  if (with_format)
    briefing_json_add_string (b, "format", "text/plain");
  json_builder_end_object (b);
}

static char *
dup_source (BriefingAnnotation *annotation,
            const char         *bundle_id)
{
  BriefingTargetKind kind = briefing_annotation_get_target_kind (annotation);

  if (kind == BRIEFING_TARGET_BUNDLE)
    return g_strconcat (BRIEFING_W3C_SOURCE_PREFIX, bundle_id, NULL);

  return g_strconcat (BRIEFING_W3C_SOURCE_PREFIX, bundle_id, ":", briefing_enum_to_nick (BRIEFING_TYPE_TARGET_KIND, kind),
                      ":", briefing_annotation_get_target_id (annotation), NULL);
}

static void
add_target (JsonBuilder        *b,
            BriefingAnnotation *annotation,
            const char         *bundle_id)
{
  g_autofree char *source = dup_source (annotation, bundle_id);
  const char *exact = briefing_annotation_get_exact (annotation);
  gint64 start, end;
  gboolean has_position = briefing_annotation_get_position (annotation, &start, &end);

  json_builder_set_member_name (b, "target");
  json_builder_begin_object (b);
  briefing_json_add_string (b, "source", source);
  if (exact != NULL || has_position)
    {
      json_builder_set_member_name (b, "selector");
      json_builder_begin_array (b);
      if (exact != NULL)
        {
          json_builder_begin_object (b);
          briefing_json_add_string (b, "type", "TextQuoteSelector");
          briefing_json_add_string (b, "exact", exact);
          briefing_json_add_string (b, "prefix", briefing_annotation_get_prefix (annotation));
          briefing_json_add_string (b, "suffix", briefing_annotation_get_suffix (annotation));
          json_builder_end_object (b);
        }
      if (has_position)
        {
          json_builder_begin_object (b);
          briefing_json_add_string (b, "type", "TextPositionSelector");
          json_builder_set_member_name (b, "start");
          json_builder_add_int_value (b, start);
          json_builder_set_member_name (b, "end");
          json_builder_add_int_value (b, end);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static void
add_annotation (JsonBuilder        *b,
                BriefingAnnotation *annotation,
                const char         *bundle_id)
{
  const char *note = briefing_annotation_get_note (annotation);
  const char * const *tags = briefing_annotation_get_tags (annotation);

  json_builder_begin_object (b);
  briefing_json_add_string (b, "id", briefing_annotation_get_id (annotation));
  briefing_json_add_string (b, "type", "Annotation");
  briefing_json_add_string (b, "motivation", briefing_annotation_w3c_motivation (briefing_annotation_get_kind (annotation)));
  briefing_json_add_date (b, "created", briefing_annotation_get_created (annotation));
  briefing_json_add_date (b, "modified", briefing_annotation_get_modified (annotation));

  if (note != NULL || tags[0] != NULL)
    {
      json_builder_set_member_name (b, "body");
      json_builder_begin_array (b);
      if (note != NULL)
        add_textual_body (b, "commenting", note, TRUE);
      for (guint i = 0; tags[i] != NULL; i++)
        add_textual_body (b, "tagging", tags[i], FALSE);
      json_builder_end_array (b);
    }

  add_target (b, annotation, bundle_id);
  briefing_json_add_string (b, "briefing:color", briefing_annotation_get_color (annotation));
  briefing_json_add_string (b, "briefing:owner", briefing_annotation_get_owner (annotation));
  briefing_json_add_date (b, "briefing:deadline", briefing_annotation_get_deadline (annotation));
  json_builder_end_object (b);
}

JsonNode *
briefing_annotation_w3c_to_json (BriefingAnnotation *annotation,
                                 const char         *bundle_id)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (annotation), NULL);
  g_return_val_if_fail (bundle_id != NULL, NULL);

  add_annotation (b, annotation, bundle_id);
  return json_builder_get_root (b);
}

static void
add_annotations (JsonBuilder *b,
                 GListModel  *annotations,
                 const char  *bundle_id)
{
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (annotations, i);

      add_annotation (b, annotation, bundle_id);
    }
  json_builder_end_array (b);
}

char *
briefing_annotation_w3c_store_to_data (GListModel *annotations,
                                       const char *bundle_id,
                                       GHashTable *labels,
                                       gsize      *length)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  briefing_json_add_string (b, "format", BRIEFING_ANNOTATIONS_FORMAT);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, BRIEFING_ANNOTATIONS_VERSION);
  briefing_json_add_string (b, "bundle", bundle_id);

  json_builder_set_member_name (b, "labels");
  json_builder_begin_object (b);
  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    briefing_json_add_string (b, briefing_annotation_colors[i], g_hash_table_lookup (labels, briefing_annotation_colors[i]));
  json_builder_end_object (b);

  json_builder_set_member_name (b, "annotations");
  add_annotations (b, annotations, bundle_id);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return briefing_json_to_data (root, length);
}

JsonNode *
briefing_annotation_w3c_collection (GListModel *annotations,
                                    const char *bundle_id,
                                    const char *label)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *id = g_strconcat (BRIEFING_W3C_SOURCE_PREFIX, bundle_id, ":annotations", NULL);
  g_autofree char *page_id = g_strconcat (id, ":1", NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@context");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "http://www.w3.org/ns/anno.jsonld");
  json_builder_begin_object (b);
  briefing_json_add_string (b, "briefing", "urn:briefing:ns#");
  json_builder_end_object (b);
  json_builder_end_array (b);
  briefing_json_add_string (b, "id", id);
  briefing_json_add_string (b, "type", "AnnotationCollection");
  briefing_json_add_string (b, "label", label);
  json_builder_set_member_name (b, "total");
  json_builder_add_int_value (b, g_list_model_get_n_items (annotations));

  /* The model requires an id on a page as on the collection. */
  json_builder_set_member_name (b, "first");
  json_builder_begin_object (b);
  briefing_json_add_string (b, "id", page_id);
  briefing_json_add_string (b, "type", "AnnotationPage");
  json_builder_set_member_name (b, "items");
  add_annotations (b, annotations, bundle_id);
  json_builder_end_object (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
