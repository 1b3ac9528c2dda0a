/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-outcome"

#include "config.h"

#include "briefing-enum-types.h"
#include "briefing-outcome.h"

struct _BriefingOutcome
{
  GObject                parent_instance;

  char                  *text;
  GPtrArray             *citations;
  BriefingDispute       *disputed;

  BriefingOutcomeStatus  status;
};

G_DEFINE_FINAL_TYPE (BriefingOutcome, briefing_outcome, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_STATUS,
  PROP_DISPUTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_outcome_finalize (GObject *object)
{
  BriefingOutcome *self = (BriefingOutcome *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->citations, g_ptr_array_unref);
  g_clear_object (&self->disputed);

  G_OBJECT_CLASS (briefing_outcome_parent_class)->finalize (object);
}

static void
briefing_outcome_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BriefingOutcome *self = BRIEFING_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_DISPUTED:
      g_value_set_object (value, self->disputed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_outcome_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BriefingOutcome *self = BRIEFING_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      briefing_outcome_set_text (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      briefing_outcome_set_status (self, g_value_get_enum (value));
      break;

    case PROP_DISPUTED:
      briefing_outcome_set_disputed (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_outcome_class_init (BriefingOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_outcome_finalize;
  object_class->get_property = briefing_outcome_get_property;
  object_class->set_property = briefing_outcome_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       BRIEFING_TYPE_OUTCOME_STATUS,
                       BRIEFING_OUTCOME_STATUS_PENDING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISPUTED] =
    g_param_spec_object ("disputed", NULL, NULL,
                         BRIEFING_TYPE_DISPUTE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_outcome_init (BriefingOutcome *self)
{
  self->status = BRIEFING_OUTCOME_STATUS_PENDING;
  self->citations = g_ptr_array_new_with_free_func (g_object_unref);
}

BriefingOutcome *
briefing_outcome_new (const char            *text,
                      BriefingOutcomeStatus  status)
{
  return g_object_new (BRIEFING_TYPE_OUTCOME,
                       "text", text,
                       "status", status,
                       NULL);
}

const char *
briefing_outcome_get_text (BriefingOutcome *self)
{
  g_return_val_if_fail (BRIEFING_IS_OUTCOME (self), NULL);

  return self->text;
}

void
briefing_outcome_set_text (BriefingOutcome *self,
                           const char      *text)
{
  char *copy;

  g_return_if_fail (BRIEFING_IS_OUTCOME (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  copy = g_strdup (text);
  g_free (self->text);
  self->text = copy;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

BriefingOutcomeStatus
briefing_outcome_get_status (BriefingOutcome *self)
{
  g_return_val_if_fail (BRIEFING_IS_OUTCOME (self), BRIEFING_OUTCOME_STATUS_PENDING);

  return self->status;
}

void
briefing_outcome_set_status (BriefingOutcome       *self,
                             BriefingOutcomeStatus  status)
{
  g_return_if_fail (BRIEFING_IS_OUTCOME (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

GPtrArray *
briefing_outcome_get_citations (BriefingOutcome *self)
{
  g_return_val_if_fail (BRIEFING_IS_OUTCOME (self), NULL);

  return self->citations;
}

/* The outcome takes its own reference on @citation. */
void
briefing_outcome_add_citation (BriefingOutcome  *self,
                               BriefingCitation *citation)
{
  g_return_if_fail (BRIEFING_IS_OUTCOME (self));
  g_return_if_fail (BRIEFING_IS_CITATION (citation));

  g_ptr_array_add (self->citations, g_object_ref (citation));
}

/* (transfer none) (nullable) */
BriefingDispute *
briefing_outcome_get_disputed (BriefingOutcome *self)
{
  g_return_val_if_fail (BRIEFING_IS_OUTCOME (self), NULL);

  return self->disputed;
}

/* Takes a new reference on @disputed; NULL clears it. */
void
briefing_outcome_set_disputed (BriefingOutcome *self,
                               BriefingDispute *disputed)
{
  g_return_if_fail (BRIEFING_IS_OUTCOME (self));
  g_return_if_fail (disputed == NULL || BRIEFING_IS_DISPUTE (disputed));

  if (g_set_object (&self->disputed, disputed))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPUTED]);
}

/* NULL is equal only to NULL. */
gboolean
briefing_outcome_equal (BriefingOutcome *a,
                        BriefingOutcome *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_OUTCOME (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_OUTCOME (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return g_strcmp0 (a->text, b->text) == 0 &&
         a->status == b->status &&
         briefing_citation_list_equal (a->citations, b->citations) &&
         briefing_dispute_equal (a->disputed, b->disputed);
}
