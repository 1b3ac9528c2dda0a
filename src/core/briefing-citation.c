/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-citation"

#include "config.h"

#include "briefing-citation.h"
#include "briefing-util-private.h"

struct _BriefingCitation
{
  GObject   parent_instance;

  char     *source;
  char     *exact;
  char     *prefix;
  char     *suffix;

  /* TextPositionSelector, in code points, as written in the bundle */
  gint64    position_start;
  gint64    position_end;

  /* Where the reader found the quote in the article text, in bytes */
  gsize     anchor_start;
  gsize     anchor_end;

  guint     has_position : 1;
  guint     has_anchor : 1;
};

G_DEFINE_FINAL_TYPE (BriefingCitation, briefing_citation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_EXACT,
  PROP_PREFIX,
  PROP_SUFFIX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_citation_finalize (GObject *object)
{
  BriefingCitation *self = (BriefingCitation *)object;

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->exact, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_pointer (&self->suffix, g_free);

  G_OBJECT_CLASS (briefing_citation_parent_class)->finalize (object);
}

static void
briefing_citation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BriefingCitation *self = BRIEFING_CITATION (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_citation_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BriefingCitation *self = BRIEFING_CITATION (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      briefing_citation_set_source (self, g_value_get_string (value));
      break;

    case PROP_EXACT:
      briefing_citation_set_exact (self, g_value_get_string (value));
      break;

    case PROP_PREFIX:
      briefing_citation_set_prefix (self, g_value_get_string (value));
      break;

    case PROP_SUFFIX:
      briefing_citation_set_suffix (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_citation_class_init (BriefingCitationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_citation_finalize;
  object_class->get_property = briefing_citation_get_property;
  object_class->set_property = briefing_citation_set_property;

  /* The id of the article quoted. */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXACT] =
    g_param_spec_string ("exact", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PREFIX] =
    g_param_spec_string ("prefix", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUFFIX] =
    g_param_spec_string ("suffix", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_citation_init (BriefingCitation *self)
{
}

BriefingCitation *
briefing_citation_new (const char *source,
                       const char *exact)
{
  return g_object_new (BRIEFING_TYPE_CITATION,
                       "source", source,
                       "exact", exact,
                       NULL);
}

const char *
briefing_citation_get_source (BriefingCitation *self)
{
  g_return_val_if_fail (BRIEFING_IS_CITATION (self), NULL);

  return self->source;
}

void
briefing_citation_set_source (BriefingCitation *self,
                              const char       *source)
{
  g_return_if_fail (BRIEFING_IS_CITATION (self));

  if (briefing_set_str (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

const char *
briefing_citation_get_exact (BriefingCitation *self)
{
  g_return_val_if_fail (BRIEFING_IS_CITATION (self), NULL);

  return self->exact;
}

void
briefing_citation_set_exact (BriefingCitation *self,
                             const char       *exact)
{
  g_return_if_fail (BRIEFING_IS_CITATION (self));

  if (briefing_set_str (&self->exact, exact))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXACT]);
}

const char *
briefing_citation_get_prefix (BriefingCitation *self)
{
  g_return_val_if_fail (BRIEFING_IS_CITATION (self), NULL);

  return self->prefix;
}

void
briefing_citation_set_prefix (BriefingCitation *self,
                              const char       *prefix)
{
  g_return_if_fail (BRIEFING_IS_CITATION (self));

  if (briefing_set_str (&self->prefix, prefix))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFIX]);
}

const char *
briefing_citation_get_suffix (BriefingCitation *self)
{
  g_return_val_if_fail (BRIEFING_IS_CITATION (self), NULL);

  return self->suffix;
}

void
briefing_citation_set_suffix (BriefingCitation *self,
                              const char       *suffix)
{
  g_return_if_fail (BRIEFING_IS_CITATION (self));

  if (briefing_set_str (&self->suffix, suffix))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUFFIX]);
}

/* @start and @end are left untouched when there is no position. */
gboolean
briefing_citation_get_position (BriefingCitation *self,
                                gint64           *start,
                                gint64           *end)
{
  g_return_val_if_fail (BRIEFING_IS_CITATION (self), FALSE);

  if (!self->has_position)
    return FALSE;

  if (start != NULL)
    *start = self->position_start;
  if (end != NULL)
    *end = self->position_end;

  return TRUE;
}

void
briefing_citation_set_position (BriefingCitation *self,
                                gint64            start,
                                gint64            end)
{
  g_return_if_fail (BRIEFING_IS_CITATION (self));
  g_return_if_fail (start >= 0);
  g_return_if_fail (start <= end);

  self->position_start = start;
  self->position_end = end;
  self->has_position = TRUE;
}

void
briefing_citation_clear_position (BriefingCitation *self)
{
  g_return_if_fail (BRIEFING_IS_CITATION (self));

  self->position_start = 0;
  self->position_end = 0;
  self->has_position = FALSE;
}

/* @start and @end are left untouched when the quote was not resolved. */
gboolean
briefing_citation_get_anchor (BriefingCitation *self,
                              gsize            *start,
                              gsize            *end)
{
  g_return_val_if_fail (BRIEFING_IS_CITATION (self), FALSE);

  if (!self->has_anchor)
    return FALSE;

  if (start != NULL)
    *start = self->anchor_start;
  if (end != NULL)
    *end = self->anchor_end;

  return TRUE;
}

void
briefing_citation_set_anchor (BriefingCitation *self,
                              gsize             start,
                              gsize             end)
{
  g_return_if_fail (BRIEFING_IS_CITATION (self));
  g_return_if_fail (start <= end);

  self->anchor_start = start;
  self->anchor_end = end;
  self->has_anchor = TRUE;
}

/* Compares what the bundle says (source, quote and position), not the anchor, which the reader
 * derives from it. NULL is equal only to NULL. */
gboolean
briefing_citation_equal (BriefingCitation *a,
                         BriefingCitation *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_CITATION (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_CITATION (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (g_strcmp0 (a->source, b->source) != 0 ||
      g_strcmp0 (a->exact, b->exact) != 0 ||
      g_strcmp0 (a->prefix, b->prefix) != 0 ||
      g_strcmp0 (a->suffix, b->suffix) != 0)
    return FALSE;

  if (a->has_position != b->has_position)
    return FALSE;

  return !a->has_position ||
         (a->position_start == b->position_start && a->position_end == b->position_end);
}

/* Compares two arrays of citations item by item, in order. NULL counts as an empty array. */
gboolean
briefing_citation_list_equal (GPtrArray *a,
                              GPtrArray *b)
{
  guint len_a = a != NULL ? a->len : 0;
  guint len_b = b != NULL ? b->len : 0;

  if (len_a != len_b)
    return FALSE;

  for (guint i = 0; i < len_a; i++)
    {
      if (!briefing_citation_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}
