/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-dispute"

#include "config.h"

#include "briefing-dispute.h"

struct _BriefingDispute
{
  GObject    parent_instance;

  char      *note;
  GPtrArray *citations;
};

G_DEFINE_FINAL_TYPE (BriefingDispute, briefing_dispute, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_dispute_finalize (GObject *object)
{
  BriefingDispute *self = (BriefingDispute *)object;

  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->citations, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_dispute_parent_class)->finalize (object);
}

static void
briefing_dispute_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BriefingDispute *self = BRIEFING_DISPUTE (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_dispute_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BriefingDispute *self = BRIEFING_DISPUTE (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      briefing_dispute_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_dispute_class_init (BriefingDisputeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_dispute_finalize;
  object_class->get_property = briefing_dispute_get_property;
  object_class->set_property = briefing_dispute_set_property;

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_dispute_init (BriefingDispute *self)
{
  self->citations = g_ptr_array_new_with_free_func (g_object_unref);
}

BriefingDispute *
briefing_dispute_new (const char *note)
{
  return g_object_new (BRIEFING_TYPE_DISPUTE,
                       "note", note,
                       NULL);
}

const char *
briefing_dispute_get_note (BriefingDispute *self)
{
  g_return_val_if_fail (BRIEFING_IS_DISPUTE (self), NULL);

  return self->note;
}

void
briefing_dispute_set_note (BriefingDispute *self,
                           const char      *note)
{
  char *copy;

  g_return_if_fail (BRIEFING_IS_DISPUTE (self));

  if (g_strcmp0 (self->note, note) == 0)
    return;

  copy = g_strdup (note);
  g_free (self->note);
  self->note = copy;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

GPtrArray *
briefing_dispute_get_citations (BriefingDispute *self)
{
  g_return_val_if_fail (BRIEFING_IS_DISPUTE (self), NULL);

  return self->citations;
}

/* The dispute takes its own reference on @citation. */
void
briefing_dispute_add_citation (BriefingDispute  *self,
                               BriefingCitation *citation)
{
  g_return_if_fail (BRIEFING_IS_DISPUTE (self));
  g_return_if_fail (BRIEFING_IS_CITATION (citation));

  g_ptr_array_add (self->citations, g_object_ref (citation));
}

/* NULL is equal only to NULL, so optional "disputed" members compare directly. */
gboolean
briefing_dispute_equal (BriefingDispute *a,
                        BriefingDispute *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_DISPUTE (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_DISPUTE (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return g_strcmp0 (a->note, b->note) == 0 &&
         briefing_citation_list_equal (a->citations, b->citations);
}
