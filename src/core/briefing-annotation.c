/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-annotation"

#include "config.h"

#include <string.h>

#include "briefing-annotation.h"
#include "briefing-anchor.h"
#include "briefing-enum-types.h"
#include "briefing-util-private.h"

/* Characters of context kept before and after a quote, as the W3C model suggests. */
#define CONTEXT_CHARS 32

const char * const briefing_annotation_colors[BRIEFING_N_COLORS] = {
  "yellow", "red", "green", "blue", "purple", "orange",
};

struct _BriefingAnnotation
{
  GObject                 parent_instance;

  char                   *id;
  BriefingAnnotationKind  kind;
  BriefingDate            created;
  BriefingDate            modified;

  BriefingTargetKind      target_kind;
  char                   *target_id;
  char                   *exact;
  char                   *prefix;
  char                   *suffix;
  gint64                  position_start;  /* code points */
  gint64                  position_end;

  char                   *color;           /* one of briefing_annotation_colors, or NULL */
  char                   *note;
  char                  **tags;            /* never NULL */
  char                   *owner;
  BriefingDate            deadline;        /* year 0: none */

  /* Not persisted: where the quote is in the current edition of the article, in bytes */
  gsize                   anchor_start;
  gsize                   anchor_end;

  guint                   has_position : 1;
  guint                   has_anchor : 1;
  guint                   detached : 1;
};

G_DEFINE_FINAL_TYPE (BriefingAnnotation, briefing_annotation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TARGET_KIND,
  PROP_TARGET_ID,
  PROP_EXACT,
  PROP_PREFIX,
  PROP_SUFFIX,
  PROP_COLOR,
  PROP_NOTE,
  PROP_TAGS,
  PROP_OWNER,
  PROP_DEADLINE,
  PROP_DETACHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_color (const char *color)
{
  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    if (g_strcmp0 (color, briefing_annotation_colors[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Empty strings are stored as NULL, so that what is written and read back compares equal. */
static const char *
non_empty (const char *s)
{
  return s != NULL && s[0] != '\0' ? s : NULL;
}

static BriefingDate
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return briefing_date_from_date_time (now);
}

static void
set_string_property (BriefingAnnotation  *self,
                     char               **field,
                     const char          *value,
                     guint                prop_id)
{
  if (briefing_set_str (field, non_empty (value)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
clear_anchor (BriefingAnnotation *self)
{
  self->has_anchor = FALSE;
  self->anchor_start = self->anchor_end = 0;
}

static void
briefing_annotation_finalize (GObject *object)
{
  BriefingAnnotation *self = (BriefingAnnotation *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->target_id, g_free);
  g_clear_pointer (&self->exact, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_pointer (&self->suffix, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->owner, g_free);

  G_OBJECT_CLASS (briefing_annotation_parent_class)->finalize (object);
}

static void
briefing_annotation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BriefingAnnotation *self = BRIEFING_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, &self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_boxed (value, &self->modified);
      break;

    case PROP_TARGET_KIND:
      g_value_set_enum (value, self->target_kind);
      break;

    case PROP_TARGET_ID:
      g_value_set_string (value, self->target_id);
      break;

    case PROP_EXACT:
      g_value_set_string (value, self->exact);
      break;

    case PROP_PREFIX:
      g_value_set_string (value, self->prefix);
      break;

    case PROP_SUFFIX:
      g_value_set_string (value, self->suffix);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_DEADLINE:
      g_value_set_boxed (value, briefing_annotation_get_deadline (self));
      break;

    case PROP_DETACHED:
      g_value_set_boolean (value, self->detached);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_annotation_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BriefingAnnotation *self = BRIEFING_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      briefing_annotation_set_id (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      briefing_annotation_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_CREATED:
      briefing_annotation_set_created (self, g_value_get_boxed (value));
      break;

    case PROP_MODIFIED:
      briefing_annotation_set_modified (self, g_value_get_boxed (value));
      break;

    case PROP_COLOR:
      briefing_annotation_set_color (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      briefing_annotation_set_note (self, g_value_get_string (value));
      break;

    case PROP_TAGS:
      briefing_annotation_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_OWNER:
      briefing_annotation_set_owner (self, g_value_get_string (value));
      break;

    case PROP_DEADLINE:
      briefing_annotation_set_deadline (self, g_value_get_boxed (value));
      break;

    case PROP_DETACHED:
      briefing_annotation_set_detached (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_annotation_class_init (BriefingAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = briefing_annotation_finalize;
  object_class->get_property = briefing_annotation_get_property;
  object_class->set_property = briefing_annotation_set_property;

  /* The W3C id, an IRI; "urn:uuid:…" for annotations made in Briefing. */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       BRIEFING_TYPE_ANNOTATION_KIND, BRIEFING_ANNOTATION_KIND_HIGHLIGHT, rw);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, BRIEFING_TYPE_DATE, rw);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, BRIEFING_TYPE_DATE, rw);

  /* Set together with briefing_annotation_set_target() and _set_quote(). */
  properties[PROP_TARGET_KIND] =
    g_param_spec_enum ("target-kind", NULL, NULL,
                       BRIEFING_TYPE_TARGET_KIND, BRIEFING_TARGET_BUNDLE, ro);
  properties[PROP_TARGET_ID] = g_param_spec_string ("target-id", NULL, NULL, NULL, ro);
  properties[PROP_EXACT] = g_param_spec_string ("exact", NULL, NULL, NULL, ro);
  properties[PROP_PREFIX] = g_param_spec_string ("prefix", NULL, NULL, NULL, ro);
  properties[PROP_SUFFIX] = g_param_spec_string ("suffix", NULL, NULL, NULL, ro);

  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, rw);
  /* NULL when there is none. */
  properties[PROP_DEADLINE] = g_param_spec_boxed ("deadline", NULL, NULL, BRIEFING_TYPE_DATE, rw);
  properties[PROP_DETACHED] = g_param_spec_boolean ("detached", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_annotation_init (BriefingAnnotation *self)
{
  self->tags = g_new0 (char *, 1);
  self->kind = BRIEFING_ANNOTATION_KIND_HIGHLIGHT;
  self->target_kind = BRIEFING_TARGET_BUNDLE;
}

BriefingAnnotation *
briefing_annotation_new (BriefingAnnotationKind kind)
{
  BriefingAnnotation *self = g_object_new (BRIEFING_TYPE_ANNOTATION, "kind", kind, NULL);
  g_autofree char *uuid = g_uuid_string_random ();

  self->id = g_strconcat ("urn:uuid:", uuid, NULL);
  self->created = self->modified = now_utc ();

  return self;
}

/* A deep copy, the anchor and the detached flag included. */
BriefingAnnotation *
briefing_annotation_copy (BriefingAnnotation *self)
{
  BriefingAnnotation *copy;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  copy = g_object_new (BRIEFING_TYPE_ANNOTATION, NULL);
  copy->id = g_strdup (self->id);
  copy->kind = self->kind;
  copy->created = self->created;
  copy->modified = self->modified;
  copy->target_kind = self->target_kind;
  copy->target_id = g_strdup (self->target_id);
  copy->exact = g_strdup (self->exact);
  copy->prefix = g_strdup (self->prefix);
  copy->suffix = g_strdup (self->suffix);
  copy->position_start = self->position_start;
  copy->position_end = self->position_end;
  copy->has_position = self->has_position;
  copy->color = g_strdup (self->color);
  copy->note = g_strdup (self->note);
  g_strfreev (copy->tags);
  copy->tags = g_strdupv (self->tags);
  copy->owner = g_strdup (self->owner);
  copy->deadline = self->deadline;
  copy->anchor_start = self->anchor_start;
  copy->anchor_end = self->anchor_end;
  copy->has_anchor = self->has_anchor;
  copy->detached = self->detached;

  return copy;
}

/* Compares every field that is saved; the anchor and the detached flag are not. */
gboolean
briefing_annotation_equal (BriefingAnnotation *a,
                           BriefingAnnotation *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (a), FALSE);
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (b), FALSE);

  return g_strcmp0 (a->id, b->id) == 0 &&
         a->kind == b->kind &&
         briefing_date_equal (&a->created, &b->created) &&
         briefing_date_equal (&a->modified, &b->modified) &&
         a->target_kind == b->target_kind &&
         g_strcmp0 (a->target_id, b->target_id) == 0 &&
         g_strcmp0 (a->exact, b->exact) == 0 &&
         g_strcmp0 (a->prefix, b->prefix) == 0 &&
         g_strcmp0 (a->suffix, b->suffix) == 0 &&
         a->has_position == b->has_position &&
         (!a->has_position ||
          (a->position_start == b->position_start && a->position_end == b->position_end)) &&
         g_strcmp0 (a->color, b->color) == 0 &&
         g_strcmp0 (a->note, b->note) == 0 &&
         g_strv_equal ((const char * const *) a->tags, (const char * const *) b->tags) &&
         g_strcmp0 (a->owner, b->owner) == 0 &&
         briefing_date_equal (&a->deadline, &b->deadline);
}

const char *
briefing_annotation_get_id (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return self->id;
}

/* Do not change the id of an annotation a store holds: it is how the store finds it. */
void
briefing_annotation_set_id (BriefingAnnotation *self,
                            const char         *id)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (id != NULL && id[0] != '\0' && g_utf8_validate (id, -1, NULL));

  if (briefing_set_str (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

BriefingAnnotationKind
briefing_annotation_get_kind (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), BRIEFING_ANNOTATION_KIND_HIGHLIGHT);

  return self->kind;
}

void
briefing_annotation_set_kind (BriefingAnnotation     *self,
                              BriefingAnnotationKind  kind)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (kind <= BRIEFING_ANNOTATION_KIND_QUESTION);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const BriefingDate *
briefing_annotation_get_created (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return &self->created;
}

/* @created must be an exact time (it is written as an xsd:dateTime). */
void
briefing_annotation_set_created (BriefingAnnotation *self,
                                 const BriefingDate *created)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (created != NULL && created->precision == BRIEFING_DATE_PRECISION_EXACT);

  if (briefing_date_equal (&self->created, created))
    return;

  self->created = *created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

const BriefingDate *
briefing_annotation_get_modified (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return &self->modified;
}

void
briefing_annotation_set_modified (BriefingAnnotation *self,
                                  const BriefingDate *modified)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (modified != NULL && modified->precision == BRIEFING_DATE_PRECISION_EXACT);

  if (briefing_date_equal (&self->modified, modified))
    return;

  self->modified = *modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
briefing_annotation_touch (BriefingAnnotation *self)
{
  BriefingDate now;

  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));

  now = now_utc ();
  /* Two edits within one clock tick must still order: "modified" decides merges. */
  if (briefing_date_compare (&now, &self->modified) <= 0)
    {
      g_autoptr(GDateTime) second = g_date_time_new_from_unix_utc (briefing_date_to_unix (&self->modified));
      g_autoptr(GDateTime) later = g_date_time_add (second, self->modified.microsecond + 1);

      now = briefing_date_from_date_time (later);
    }
  briefing_annotation_set_modified (self, &now);
}

BriefingTargetKind
briefing_annotation_get_target_kind (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), BRIEFING_TARGET_BUNDLE);

  return self->target_kind;
}

const char *
briefing_annotation_get_target_id (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return self->target_id;
}

/* @id is NULL for the bundle and required for the others. Only an article target keeps a quote
 * and a position: another kind of target clears them. */
void
briefing_annotation_set_target (BriefingAnnotation *self,
                                BriefingTargetKind  kind,
                                const char         *id)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (kind <= BRIEFING_TARGET_DEMAND);
  g_return_if_fail ((kind == BRIEFING_TARGET_BUNDLE) == (id == NULL));
  g_return_if_fail (id == NULL || (id[0] != '\0' && g_utf8_validate (id, -1, NULL)));

  g_object_freeze_notify (G_OBJECT (self));

  if (self->target_kind != kind)
    {
      self->target_kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_KIND]);
    }
  if (briefing_set_str (&self->target_id, id))
    {
      clear_anchor (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_ID]);
    }
  if (kind != BRIEFING_TARGET_ARTICLE)
    {
      briefing_annotation_set_quote (self, NULL, NULL, NULL);
      briefing_annotation_set_detached (self, FALSE);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
briefing_annotation_get_exact (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return self->exact;
}

const char *
briefing_annotation_get_prefix (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return self->prefix;
}

const char *
briefing_annotation_get_suffix (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return self->suffix;
}

/* NULL (or empty) @exact removes the quote, and with it the position. Changing the quote drops
 * the anchor until the store anchors the annotation again. */
void
briefing_annotation_set_quote (BriefingAnnotation *self,
                               const char         *exact,
                               const char         *prefix,
                               const char         *suffix)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (exact == NULL || g_utf8_validate (exact, -1, NULL));
  g_return_if_fail (prefix == NULL || g_utf8_validate (prefix, -1, NULL));
  g_return_if_fail (suffix == NULL || g_utf8_validate (suffix, -1, NULL));

  exact = non_empty (exact);
  if (exact == NULL)
    {
      prefix = suffix = NULL;
      self->has_position = FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (briefing_set_str (&self->exact, exact))
    {
      clear_anchor (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXACT]);
    }
  set_string_property (self, &self->prefix, prefix, PROP_PREFIX);
  set_string_property (self, &self->suffix, suffix, PROP_SUFFIX);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
briefing_annotation_get_position (BriefingAnnotation *self,
                                  gint64             *start,
                                  gint64             *end)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), FALSE);

  if (!self->has_position)
    return FALSE;
  if (start != NULL)
    *start = self->position_start;
  if (end != NULL)
    *end = self->position_end;
  return TRUE;
}

/* A negative @start removes the position. */
void
briefing_annotation_set_position (BriefingAnnotation *self,
                                  gint64              start,
                                  gint64              end)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (start < 0 || (end > start && end <= G_MAXINT32));

  self->has_position = start >= 0;
  self->position_start = MAX (start, 0);
  self->position_end = start >= 0 ? end : 0;
}

/* Sets the quote, its context (up to 32 characters each side) and its position from the byte
 * range @start–@end of @text (an article's text), and anchors the annotation there. */
void
briefing_annotation_quote_text (BriefingAnnotation *self,
                                const char         *text,
                                gsize               text_len,
                                gsize               start,
                                gsize               end)
{
  const char *prefix_start = text + start, *suffix_end = text + end;
  g_autofree char *exact = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  gint64 char_start;

  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (start < end && end <= text_len);
  g_return_if_fail (g_utf8_validate_len (text + start, end - start, NULL));

  for (guint i = 0; i < CONTEXT_CHARS && prefix_start > text; i++)
    prefix_start = g_utf8_find_prev_char (text, prefix_start);
  for (guint i = 0; i < CONTEXT_CHARS && suffix_end < text + text_len; i++)
    suffix_end = MIN (g_utf8_next_char (suffix_end), text + text_len);

  exact = g_strndup (text + start, end - start);
  prefix = g_strndup (prefix_start, text + start - prefix_start);
  suffix = g_strndup (text + end, suffix_end - (text + end));

  char_start = briefing_anchor_byte_to_char (text, start);
  briefing_annotation_set_quote (self, exact, prefix, suffix);
  briefing_annotation_set_position (self, char_start, char_start + g_utf8_strlen (exact, -1));
  briefing_annotation_set_anchor (self, start, end);
}

gboolean
briefing_annotation_get_anchor (BriefingAnnotation *self,
                                gsize              *start,
                                gsize              *end)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), FALSE);

  if (!self->has_anchor)
    return FALSE;
  if (start != NULL)
    *start = self->anchor_start;
  if (end != NULL)
    *end = self->anchor_end;
  return TRUE;
}

/* Anchoring an annotation also attaches it again. */
void
briefing_annotation_set_anchor (BriefingAnnotation *self,
                                gsize               start,
                                gsize               end)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (start <= end);

  self->has_anchor = TRUE;
  self->anchor_start = start;
  self->anchor_end = end;
  briefing_annotation_set_detached (self, FALSE);
}

gboolean
briefing_annotation_get_detached (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), FALSE);

  return self->detached;
}

/* A detached annotation has no anchor. */
void
briefing_annotation_set_detached (BriefingAnnotation *self,
                                  gboolean            detached)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));

  detached = !!detached;
  if (detached)
    clear_anchor (self);
  if (self->detached == (guint) detached)
    return;

  self->detached = detached;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETACHED]);
}

const char *
briefing_annotation_get_color (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return self->color;
}

void
briefing_annotation_set_color (BriefingAnnotation *self,
                               const char         *color)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (color == NULL || is_color (color));

  set_string_property (self, &self->color, color, PROP_COLOR);
}

const char *
briefing_annotation_get_note (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return self->note;
}

/* An empty note is no note. */
void
briefing_annotation_set_note (BriefingAnnotation *self,
                              const char         *note)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  set_string_property (self, &self->note, note, PROP_NOTE);
}

const char * const *
briefing_annotation_get_tags (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return (const char * const *) self->tags;
}

/* NULL is no tags; empty strings are left out. */
void
briefing_annotation_set_tags (BriefingAnnotation *self,
                              const char * const *tags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kept = NULL;

  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_return_if_fail (g_utf8_validate (tags[i], -1, NULL));
      if (tags[i][0] != '\0')
        g_strv_builder_add (builder, tags[i]);
    }
  kept = g_strv_builder_end (builder);

  if (g_strv_equal ((const char * const *) self->tags, (const char * const *) kept))
    return;

  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&kept);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

gboolean
briefing_annotation_has_tag (BriefingAnnotation *self,
                             const char         *tag)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->tags, tag);
}

const char *
briefing_annotation_get_owner (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return self->owner;
}

void
briefing_annotation_set_owner (BriefingAnnotation *self,
                               const char         *owner)
{
  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));
  g_return_if_fail (owner == NULL || g_utf8_validate (owner, -1, NULL));

  set_string_property (self, &self->owner, owner, PROP_OWNER);
}

const BriefingDate *
briefing_annotation_get_deadline (BriefingAnnotation *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (self), NULL);

  return briefing_date_is_set (&self->deadline) ? &self->deadline : NULL;
}

/* NULL, or an unset date, removes the deadline. */
void
briefing_annotation_set_deadline (BriefingAnnotation *self,
                                  const BriefingDate *deadline)
{
  BriefingDate date = { 0 };

  g_return_if_fail (BRIEFING_IS_ANNOTATION (self));

  if (briefing_date_is_set (deadline))
    date = *deadline;

  if (briefing_date_equal (&self->deadline, &date))
    return;

  self->deadline = date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE]);
}
