/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading annotations: the store file and the W3C exchange forms, checked member by member with
 * the path of every problem. The mapping is described in briefing-annotation-w3c.c. */
#define G_LOG_DOMAIN "briefing-annotation-w3c"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-annotation-store.h"
#include "briefing-annotation-w3c-private.h"
#include "briefing-enum-types.h"
#include "briefing-json-scan.h"
#include "briefing-json-tree.h"
#include "briefing-reader-context-private.h"

#define MAX_ERRORS 20

#define ANNOTATION_MEMBERS                                                        \
  "id", "type", "motivation", "created", "modified", "body", "target",            \
  "briefing:color", "briefing:owner", "briefing:deadline"

static const char * const annotation_members[] = { ANNOTATION_MEMBERS, NULL };
static const char * const standalone_members[] = { "@context", ANNOTATION_MEMBERS, NULL };
static const char * const body_members[] = { "type", "purpose", "value", "format", NULL };
static const char * const target_members[] = { "source", "selector", NULL };
static const char * const quote_members[] = { "type", "exact", "prefix", "suffix", NULL };
static const char * const position_members[] = { "type", "start", "end", NULL };
static const char * const collection_members[] = {
  "@context", "id", "type", "label", "total", "first", NULL
};
static const char * const page_members[] = { "id", "type", "items", NULL };
static const char * const file_members[] = {
  "format", "version", "bundle", "labels", "annotations", NULL
};

/* briefing_annotation_colors, NULL-terminated for the member check. */
static const char * const color_names[] = { "yellow", "red", "green", "blue", "purple", "orange", NULL };
G_STATIC_ASSERT (G_N_ELEMENTS (color_names) == BRIEFING_N_COLORS + 1);

typedef struct
{
  const char *bundle_id;
  GHashTable *ids;          /* ids read so far (borrowed from the JSON), for duplicates */
  GPtrArray  *annotations;
  gboolean    standalone;   /* annotations are documents of their own, not items of a page */
} Reading;

typedef struct
{
  BriefingTargetKind  kind;
  char               *id;
  const char         *exact;
  const char         *prefix;
  const char         *suffix;
  gint64              start;
  gint64              end;
} Target;

/* Says which bundle "urn:briefing:OTHER…" belongs to, when it is not ours. */
static gboolean
check_bundle_iri (BriefingReadContext *ctx,
                  const char          *member,
                  const char          *iri,
                  const char          *bundle_id,
                  const char         **rest)
{
  const char *start;
  gsize len;

  /* A source shorter than the prefix ends before where the bundle id would start. */
  if (!g_str_has_prefix (iri, BRIEFING_W3C_SOURCE_PREFIX))
    return FALSE;
  start = iri + strlen (BRIEFING_W3C_SOURCE_PREFIX);
  len = strcspn (start, ":");

  if (strlen (bundle_id) != len || strncmp (start, bundle_id, len) != 0)
    {
      g_autofree char *other = g_strndup (start, len);

      briefing_read_context_member_errorf (ctx, member, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: both are bundle ids */
                                           _("belongs to bundle “%s”, not “%s”"), other, bundle_id);
      return FALSE;
    }

  if (rest != NULL)
    *rest = start + len;
  return TRUE;
}

static gboolean
parse_source (BriefingReadContext *ctx,
              const char          *member,
              const char          *source,
              const char          *bundle_id,
              Target              *target)
{
  const char *rest = NULL, *colon;
  g_autofree char *nick = NULL;
  int kind;

  if (!check_bundle_iri (ctx, member, source, bundle_id, &rest))
    {
      if (!g_str_has_prefix (source, BRIEFING_W3C_SOURCE_PREFIX))
        goto malformed;
      return FALSE;
    }

  if (*rest == '\0')
    {
      target->kind = BRIEFING_TARGET_BUNDLE;
      return TRUE;
    }

  rest++;
  if ((colon = strchr (rest, ':')) == NULL || colon[1] == '\0')
    goto malformed;
  nick = g_strndup (rest, colon - rest);
  if (!briefing_enum_from_nick (BRIEFING_TYPE_TARGET_KIND, nick, &kind) || kind == BRIEFING_TARGET_BUNDLE)
    goto malformed;

  if (!briefing_read_context_is_valid_id (colon + 1))
    {
      briefing_read_context_member_errorf (ctx, member, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: the first %s is the target found, the
                                            * second the id in it */
                                           _("“%s” does not end in a valid id: “%s” (letters, digits, "
                                             "“.”, “_” and “-”, starting with a letter or digit, at most 64)"),
                                           source, colon + 1);
      return FALSE;
    }

  target->kind = kind;
  target->id = g_strdup (colon + 1);
  return TRUE;

malformed:
  briefing_read_context_member_errorf (ctx, member, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                       /* Translators: %s is the text found; keep the forms as they are */
                                       _("“%s” is not a Briefing target: expected urn:briefing:BUNDLE, or "
                                         "urn:briefing:BUNDLE:article:ID (or :event:ID, :demand:ID)"), source);
  return FALSE;
}

static void
read_selectors (BriefingReadContext *ctx,
                JsonNode            *node,
                Target              *target)
{
  JsonArray *selectors = NULL;
  gboolean has_quote = FALSE, has_position = FALSE;
  guint n;

  briefing_read_context_push (ctx, "selector");
  if (JSON_NODE_HOLDS_ARRAY (node))
    selectors = json_node_get_array (node);
  else if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      briefing_read_context_wrong_type (ctx, NULL, node, _("a selector object or an array of them"));
      briefing_read_context_pop (ctx);
      return;
    }

  n = selectors != NULL ? json_array_get_length (selectors) : 1;
  for (guint i = 0; i < n; i++)
    {
      JsonObject *sel;
      const char *type;

      if (selectors != NULL)
        briefing_read_context_push_index (ctx, i);

      if ((sel = briefing_read_context_object (ctx, selectors != NULL ? json_array_get_element (selectors, i) : node)) != NULL &&
          (type = briefing_read_context_string (ctx, sel, "type", BRIEFING_READ_REQUIRED)) != NULL)
        {
          if (strcmp (type, "TextQuoteSelector") == 0 && !has_quote)
            {
              has_quote = TRUE;
              briefing_read_context_check_members (ctx, sel, quote_members);
              target->exact = briefing_read_context_string (ctx, sel, "exact",
                                                            BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
              target->prefix = briefing_read_context_string (ctx, sel, "prefix", 0);
              target->suffix = briefing_read_context_string (ctx, sel, "suffix", 0);
            }
          else if (strcmp (type, "TextPositionSelector") == 0 && !has_position)
            {
              has_position = TRUE;
              briefing_read_context_check_members (ctx, sel, position_members);
              briefing_read_context_int (ctx, sel, "start", 0, G_MAXINT32 - 1, BRIEFING_READ_REQUIRED, &target->start);
              briefing_read_context_int (ctx, sel, "end", 1, G_MAXINT32, BRIEFING_READ_REQUIRED, &target->end);
              if (target->start >= 0 && target->end >= 0 && target->end <= target->start)
                briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             _("the position's end must come after its start"));
            }
          else if (strcmp (type, "TextQuoteSelector") == 0 || strcmp (type, "TextPositionSelector") == 0)
            briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         _("an annotation has at most one selector of each type"));
          else
            briefing_read_context_member_errorf (ctx, "type", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                                 /* Translators: %s is a selector type name from the file */
                                                 _("unsupported selector type “%s” (expected "
                                                   "TextQuoteSelector or TextPositionSelector)"), type);
        }

      if (selectors != NULL)
        briefing_read_context_pop (ctx);
    }
  briefing_read_context_pop (ctx);
}

static void
read_target (BriefingReadContext *ctx,
             JsonObject          *object,
             const char          *bundle_id,
             Target              *target)
{
  JsonNode *node = json_object_get_member (object, "target");
  JsonNode *selector = NULL;
  const char *source = NULL, *member = NULL;

  if (node == NULL)
    {
      briefing_read_context_missing (ctx, "target");
      return;
    }

  briefing_read_context_push (ctx, "target");
  /* The model allows a target to be its source IRI alone. */
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    source = json_node_get_string (node);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *t = json_node_get_object (node);

      briefing_read_context_check_members (ctx, t, target_members);
      source = briefing_read_context_string (ctx, t, "source", BRIEFING_READ_REQUIRED);
      selector = json_object_get_member (t, "selector");
      member = "source";
    }
  else
    briefing_read_context_wrong_type (ctx, NULL, node, _("a target object or a source IRI"));

  if (source != NULL && parse_source (ctx, member, source, bundle_id, target) && selector != NULL)
    {
      if (target->kind == BRIEFING_TARGET_ARTICLE)
        read_selectors (ctx, selector, target);
      else
        briefing_read_context_member_error (ctx, "selector", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                            _("only an article target has selectors"));
    }
  briefing_read_context_pop (ctx);
}

static void
read_bodies (BriefingReadContext  *ctx,
             JsonObject           *object,
             const char          **note,
             GPtrArray            *tags)
{
  JsonNode *node = json_object_get_member (object, "body");
  JsonArray *bodies = NULL;
  guint n;

  if (node == NULL)
    return;

  briefing_read_context_push (ctx, "body");
  if (JSON_NODE_HOLDS_ARRAY (node))
    bodies = json_node_get_array (node);
  else if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      briefing_read_context_wrong_type (ctx, NULL, node, _("a body object or an array of them"));
      briefing_read_context_pop (ctx);
      return;
    }

  n = bodies != NULL ? json_array_get_length (bodies) : 1;
  for (guint i = 0; i < n; i++)
    {
      JsonObject *body;
      const char *type, *purpose, *value, *format;

      if (bodies != NULL)
        briefing_read_context_push_index (ctx, i);

      if ((body = briefing_read_context_object (ctx, bodies != NULL ? json_array_get_element (bodies, i) : node)) != NULL)
        {
          briefing_read_context_check_members (ctx, body, body_members);
          type = briefing_read_context_string (ctx, body, "type", BRIEFING_READ_REQUIRED);
          purpose = briefing_read_context_string (ctx, body, "purpose", BRIEFING_READ_REQUIRED);
          value = briefing_read_context_string (ctx, body, "value", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
          format = briefing_read_context_string (ctx, body, "format", 0);

          if (type != NULL && strcmp (type, "TextualBody") != 0)
            briefing_read_context_member_errorf (ctx, "type", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                                 /* Translators: %s is a body type from the file */
                                                 _("unsupported body type “%s” (expected TextualBody)"), type);
          if (format != NULL && strcmp (format, "text/plain") != 0)
            briefing_read_context_member_errorf (ctx, "format", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                                 /* Translators: %s is a media type from the file */
                                                 _("unsupported format “%s” (expected text/plain)"), format);

          if (purpose == NULL || value == NULL)
            ;
          else if (strcmp (purpose, "commenting") == 0 && *note == NULL)
            *note = value;
          else if (strcmp (purpose, "commenting") == 0)
            briefing_read_context_member_error (ctx, "purpose", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                                _("an annotation has at most one note (a body with purpose "
                                                  "“commenting”)"));
          else if (strcmp (purpose, "tagging") == 0)
            g_ptr_array_add (tags, (gpointer) value);
          else
            briefing_read_context_member_errorf (ctx, "purpose", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                                 /* Translators: %s is a purpose from the file */
                                                 _("“%s” is not one of “commenting”, “tagging”"), purpose);
        }

      if (bodies != NULL)
        briefing_read_context_pop (ctx);
    }
  briefing_read_context_pop (ctx);
}

static gboolean
read_kind (BriefingReadContext    *ctx,
           JsonObject             *object,
           BriefingAnnotationKind *kind)
{
  const char *motivation = briefing_read_context_string (ctx, object, "motivation", BRIEFING_READ_REQUIRED);

  if (motivation == NULL)
    return FALSE;

  for (guint i = BRIEFING_ANNOTATION_KIND_HIGHLIGHT; i <= BRIEFING_ANNOTATION_KIND_QUESTION; i++)
    if (strcmp (motivation, briefing_annotation_w3c_motivation (i)) == 0)
      {
        *kind = i;
        return TRUE;
      }

  briefing_read_context_member_errorf (ctx, "motivation", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                       /* Translators: %s is the motivation found in the file */
                                       _("“%s” is not one of “highlighting”, “commenting”, “questioning”"),
                                       motivation);
  return FALSE;
}

static void
read_annotation (BriefingReadContext *ctx,
                 JsonObject          *object,
                 gpointer             user_data)
{
  Reading *r = user_data;
  guint errors_before = ctx->n_errors;
  const char *id, *type, *color, *owner, *note = NULL;
  BriefingDate created = { 0 }, modified = { 0 }, deadline = { 0 };
  BriefingAnnotationKind kind = BRIEFING_ANNOTATION_KIND_HIGHLIGHT;
  Target target = { BRIEFING_TARGET_BUNDLE, NULL, NULL, NULL, NULL, -1, -1 };
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(BriefingAnnotation) annotation = NULL;

  briefing_read_context_check_members (ctx, object, r->standalone ? standalone_members : annotation_members);

  id = briefing_read_context_string (ctx, object, "id", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  if (id != NULL && !g_hash_table_add (r->ids, (gpointer) id))
    briefing_read_context_member_errorf (ctx, "id", BRIEFING_BUNDLE_ERROR_DUPLICATE_ID,
                                         /* Translators: %s is an annotation id */
                                         _("duplicate id “%s”: another annotation already has it"), id);

  type = briefing_read_context_string (ctx, object, "type", BRIEFING_READ_REQUIRED);
  if (type != NULL && strcmp (type, "Annotation") != 0)
    briefing_read_context_member_errorf (ctx, "type", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is the type found in the file */
                                         _("expected the type “Annotation”, found “%s”"), type);

  read_kind (ctx, object, &kind);
  briefing_read_context_date_time (ctx, object, "created", BRIEFING_READ_REQUIRED, &created);
  briefing_read_context_date_time (ctx, object, "modified", BRIEFING_READ_REQUIRED, &modified);
  read_bodies (ctx, object, &note, tags);
  read_target (ctx, object, r->bundle_id, &target);

  color = briefing_read_context_string (ctx, object, "briefing:color", 0);
  if (color != NULL && !g_strv_contains (color_names, color))
    briefing_read_context_member_errorf (ctx, "briefing:color", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is the colour found in the file; keep the list as it is */
                                         _("“%s” is not one of “yellow”, “red”, “green”, “blue”, “purple”, "
                                           "“orange”"), color);
  owner = briefing_read_context_string (ctx, object, "briefing:owner", BRIEFING_READ_NON_EMPTY);
  briefing_read_context_date (ctx, object, "briefing:deadline", 0, &deadline);

  if (ctx->n_errors > errors_before || ctx->stopped)
    {
      g_free (target.id);
      return;
    }

  g_ptr_array_add (tags, NULL);
  annotation = briefing_annotation_new (kind);
  briefing_annotation_set_id (annotation, id);
  briefing_annotation_set_created (annotation, &created);
  briefing_annotation_set_modified (annotation, &modified);
  briefing_annotation_set_target (annotation, target.kind, target.id);
  briefing_annotation_set_quote (annotation, target.exact, target.prefix, target.suffix);
  if (target.start >= 0 && target.end > target.start)
    briefing_annotation_set_position (annotation, target.start, target.end);
  briefing_annotation_set_note (annotation, note);
  briefing_annotation_set_tags (annotation, (const char * const *) tags->pdata);
  briefing_annotation_set_color (annotation, color);
  briefing_annotation_set_owner (annotation, owner);
  briefing_annotation_set_deadline (annotation, &deadline);
  g_ptr_array_add (r->annotations, g_steal_pointer (&annotation));

  g_free (target.id);
}

static void
read_labels (BriefingReadContext *ctx,
             JsonObject          *object,
             GHashTable          *labels)
{
  JsonNode *node = json_object_get_member (object, "labels");
  JsonObject *map;
  JsonObjectIter iter;
  const char *color;

  if (node == NULL)
    return;

  briefing_read_context_push (ctx, "labels");
  if ((map = briefing_read_context_object (ctx, node)) != NULL)
    {
      briefing_read_context_check_members (ctx, map, color_names);
      json_object_iter_init (&iter, map);
      while (json_object_iter_next (&iter, &color, NULL))
        {
          const char *meaning = briefing_read_context_string (ctx, map, color, BRIEFING_READ_NON_EMPTY);

          if (meaning != NULL && g_strv_contains (color_names, color))
            g_hash_table_insert (labels, g_strdup (color), g_strdup (meaning));
        }
    }
  briefing_read_context_pop (ctx);
}

static void
read_file_object (BriefingReadContext *ctx,
                  JsonObject          *root,
                  Reading             *r,
                  GHashTable          *labels)
{
  const char *format, *bundle;
  gint64 version;

  briefing_read_context_check_members (ctx, root, file_members);

  format = briefing_read_context_string (ctx, root, "format", BRIEFING_READ_REQUIRED);
  if (format == NULL)
    return;
  if (strcmp (format, BRIEFING_ANNOTATIONS_FORMAT) != 0)
    {
      briefing_read_context_member_errorf (ctx, "format", BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE,
                                           /* Translators: the first %s is the format found, the second the expected one */
                                           _("“%s” is not a Briefing annotations file (expected “%s”)"),
                                           format, BRIEFING_ANNOTATIONS_FORMAT);
      return;
    }

  if (!briefing_read_context_int (ctx, root, "version", 1, G_MAXINT32, BRIEFING_READ_REQUIRED, &version))
    return;
  if (version > BRIEFING_ANNOTATIONS_VERSION)
    {
      briefing_read_context_member_errorf (ctx, "version", BRIEFING_BUNDLE_ERROR_UNSUPPORTED_VERSION,
                                           /* Translators: both are version numbers */
                                           _("version %lld was written by a newer Briefing; this one reads "
                                             "version %d"), (long long) version, BRIEFING_ANNOTATIONS_VERSION);
      return;
    }

  bundle = briefing_read_context_string (ctx, root, "bundle", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  if (bundle == NULL)
    return;
  if (strcmp (bundle, r->bundle_id) != 0)
    {
      briefing_read_context_member_errorf (ctx, "bundle", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: both are bundle ids */
                                           _("these annotations belong to bundle “%s”, not “%s”"),
                                           bundle, r->bundle_id);
      return;
    }

  read_labels (ctx, root, labels);
  if (briefing_read_context_array (ctx, root, "annotations", BRIEFING_READ_REQUIRED) != NULL)
    briefing_read_context_foreach_object (ctx, root, "annotations", read_annotation, r);
}

static void
read_collection (BriefingReadContext *ctx,
                 JsonObject          *collection,
                 Reading             *r)
{
  const char *id, *type;
  JsonNode *first_node;
  JsonObject *page;
  JsonArray *items;
  gint64 total = -1;

  briefing_read_context_check_members (ctx, collection, collection_members);
  /* "@context" is JSON-LD's business: any value is kept out of the way. */
  if ((id = briefing_read_context_string (ctx, collection, "id", 0)) != NULL)
    check_bundle_iri (ctx, "id", id, r->bundle_id, NULL);
  briefing_read_context_string (ctx, collection, "label", 0);
  briefing_read_context_int (ctx, collection, "total", 0, G_MAXINT32, 0, &total);

  if ((first_node = json_object_get_member (collection, "first")) == NULL)
    {
      briefing_read_context_missing (ctx, "first");
      return;
    }

  briefing_read_context_push (ctx, "first");
  if ((page = briefing_read_context_object (ctx, first_node)) != NULL)
    {
      briefing_read_context_check_members (ctx, page, page_members);
      briefing_read_context_string (ctx, page, "id", 0);
      type = briefing_read_context_string (ctx, page, "type", BRIEFING_READ_REQUIRED);
      if (type != NULL && strcmp (type, "AnnotationPage") != 0)
        briefing_read_context_member_errorf (ctx, "type", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             _("expected the type “AnnotationPage”, found “%s”"), type);
      if ((items = briefing_read_context_array (ctx, page, "items", BRIEFING_READ_REQUIRED)) != NULL)
        {
          briefing_read_context_foreach_object (ctx, page, "items", read_annotation, r);
          briefing_read_context_pop (ctx);
          if (total >= 0 && total != json_array_get_length (items))
            briefing_read_context_member_errorf (ctx, "total", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                                 /* Translators: %u is a count of annotations */
                                                 g_dngettext (GETTEXT_PACKAGE,
                                                              "the total does not match the %u annotation of the page",
                                                              "the total does not match the %u annotations of the page",
                                                              json_array_get_length (items)),
                                                 json_array_get_length (items));
          return;
        }
    }
  briefing_read_context_pop (ctx);
}

static void
read_exchange (BriefingReadContext *ctx,
               JsonNode            *root,
               Reading             *r)
{
  JsonObject *object;
  const char *type;

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      r->standalone = TRUE;
      for (guint i = 0; i < json_array_get_length (array) && !ctx->stopped; i++)
        {
          briefing_read_context_push_index (ctx, i);
          if ((object = briefing_read_context_object (ctx, json_array_get_element (array, i))) != NULL)
            read_annotation (ctx, object, r);
          briefing_read_context_pop (ctx);
        }
      return;
    }

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      briefing_read_context_wrong_type (ctx, NULL, root, _("an annotation collection, an annotation or an array of them"));
      return;
    }

  object = json_node_get_object (root);
  type = briefing_read_context_string (ctx, object, "type", BRIEFING_READ_REQUIRED);
  if (type == NULL)
    return;

  if (strcmp (type, "AnnotationCollection") == 0)
    read_collection (ctx, object, r);
  else if (strcmp (type, "Annotation") == 0)
    {
      r->standalone = TRUE;
      read_annotation (ctx, object, r);
    }
  else
    briefing_read_context_member_errorf (ctx, "type", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is the type found in the file */
                                         _("expected an AnnotationCollection or an Annotation, found “%s”"), type);
}

/* Checks @data strictly and parses it; NULL with a located @error when that fails. */
static JsonNode *
parse_data (const char  *data,
            gsize        length,
            GError     **error)
{
  g_autoptr(BriefingProblem) problem = NULL;
  JsonNode *root;

  if (length > BRIEFING_ANNOTATIONS_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (BRIEFING_ANNOTATIONS_MAX_SIZE);

      g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                   /* Translators: both are sizes such as "600 MB" */
                   _("the file is too large (%s; the limit is %s)"), size, limit);
      return NULL;
    }

  root = briefing_json_tree_check_and_build (data, length, &problem);
  if (problem != NULL)
    {
      g_autofree char *text = briefing_problem_format (problem, NULL);

      g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, problem->code, text);
      return NULL;
    }

  if (root == NULL)
    {
      /* The strict check above refuses whatever the builder does not take. */
      g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_SYNTAX,
                   _("unexpected character, expected %s"), _("a value"));
      return NULL;
    }

  return root;
}

static GPtrArray *
finish_reading (BriefingReadContext  *ctx,
                Reading              *r,
                const char           *data,
                gsize                 length,
                GError              **error)
{
  if (data != NULL)
    briefing_read_context_finish (ctx, data, length);

  if (ctx->n_errors > 0 || ctx->stopped)
    {
      briefing_read_context_set_error (ctx, error);
      return NULL;
    }

  return g_ptr_array_ref (r->annotations);
}

static void
reading_clear (Reading *r)
{
  g_clear_pointer (&r->ids, g_hash_table_unref);
  g_clear_pointer (&r->annotations, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reading, reading_clear)

static void
reading_init (Reading    *r,
              const char *bundle_id)
{
  r->bundle_id = bundle_id;
  r->ids = g_hash_table_new (g_str_hash, g_str_equal);
  r->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  r->standalone = FALSE;
}

GPtrArray *
briefing_annotation_w3c_store_parse (const char  *data,
                                gsize        length,
                                const char  *bundle_id,
                                GHashTable  *labels,
                                GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(BriefingReadContext) ctx = NULL;
  g_autoptr(GHashTable) read_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(Reading) r = { 0 };
  GPtrArray *annotations;
  GHashTableIter iter;
  gpointer color, meaning;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (bundle_id != NULL, NULL);

  if ((root = parse_data (data != NULL ? data : "", length, error)) == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE,
                           _("expected a JSON object at the top level: this is not a Briefing annotations file"));
      return NULL;
    }

  ctx = briefing_read_context_new (length, MAX_ERRORS, NULL);
  reading_init (&r, bundle_id);
  read_file_object (ctx, json_node_get_object (root), &r, read_labels);
  if ((annotations = finish_reading (ctx, &r, data, length, error)) == NULL)
    return NULL;

  g_hash_table_iter_init (&iter, read_labels);
  while (g_hash_table_iter_next (&iter, &color, &meaning))
    g_hash_table_insert (labels, g_strdup (color), g_strdup (meaning));

  return annotations;
}

GPtrArray *
briefing_annotation_w3c_read (JsonNode    *root,
                              const char  *bundle_id,
                              GError     **error)
{
  g_autoptr(BriefingReadContext) ctx = NULL;
  g_auto(Reading) r = { 0 };

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (bundle_id != NULL, NULL);

  ctx = briefing_read_context_new (G_MAXUINT64, MAX_ERRORS, NULL);
  reading_init (&r, bundle_id);
  read_exchange (ctx, root, &r);

  return finish_reading (ctx, &r, NULL, 0, error);
}

GPtrArray *
briefing_annotation_w3c_parse (const char  *data,
                               gsize        length,
                               const char  *bundle_id,
                               GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(BriefingReadContext) ctx = NULL;
  g_auto(Reading) r = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (bundle_id != NULL, NULL);

  if ((root = parse_data (data != NULL ? data : "", length, error)) == NULL)
    return NULL;

  ctx = briefing_read_context_new (length, MAX_ERRORS, NULL);
  reading_init (&r, bundle_id);
  read_exchange (ctx, root, &r);

  return finish_reading (ctx, &r, data, length, error);
}
