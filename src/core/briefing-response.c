/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-response"

#include "config.h"

#include "briefing-enum-types.h"
#include "briefing-response.h"
#include "briefing-util-private.h"

struct _BriefingResponse
{
  GObject          parent_instance;

  char            *party;
  char            *event;
  char            *note;
  GPtrArray       *citations;
  BriefingDispute *disputed;

  BriefingStance   stance;
};

G_DEFINE_FINAL_TYPE (BriefingResponse, briefing_response, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARTY,
  PROP_EVENT,
  PROP_STANCE,
  PROP_NOTE,
  PROP_DISPUTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_response_finalize (GObject *object)
{
  BriefingResponse *self = (BriefingResponse *)object;

  g_clear_pointer (&self->party, g_free);
  g_clear_pointer (&self->event, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->citations, g_ptr_array_unref);
  g_clear_object (&self->disputed);

  G_OBJECT_CLASS (briefing_response_parent_class)->finalize (object);
}

static void
briefing_response_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BriefingResponse *self = BRIEFING_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;

    case PROP_EVENT:
      g_value_set_string (value, self->event);
      break;

    case PROP_STANCE:
      g_value_set_enum (value, self->stance);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_DISPUTED:
      g_value_set_object (value, self->disputed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_response_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BriefingResponse *self = BRIEFING_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      briefing_response_set_party (self, g_value_get_string (value));
      break;

    case PROP_EVENT:
      briefing_response_set_event (self, g_value_get_string (value));
      break;

    case PROP_STANCE:
      briefing_response_set_stance (self, g_value_get_enum (value));
      break;

    case PROP_NOTE:
      briefing_response_set_note (self, g_value_get_string (value));
      break;

    case PROP_DISPUTED:
      briefing_response_set_disputed (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_response_class_init (BriefingResponseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_response_finalize;
  object_class->get_property = briefing_response_get_property;
  object_class->set_property = briefing_response_set_property;

  /* The id of the party that answered. */
  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The id of the event at which it answered. */
  properties[PROP_EVENT] =
    g_param_spec_string ("event", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STANCE] =
    g_param_spec_enum ("stance", NULL, NULL,
                       BRIEFING_TYPE_STANCE,
                       BRIEFING_STANCE_UNKNOWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISPUTED] =
    g_param_spec_object ("disputed", NULL, NULL,
                         BRIEFING_TYPE_DISPUTE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_response_init (BriefingResponse *self)
{
  self->stance = BRIEFING_STANCE_UNKNOWN;
  self->citations = g_ptr_array_new_with_free_func (g_object_unref);
}

BriefingResponse *
briefing_response_new (const char     *party_id,
                       const char     *event_id,
                       BriefingStance  stance)
{
  return g_object_new (BRIEFING_TYPE_RESPONSE,
                       "party", party_id,
                       "event", event_id,
                       "stance", stance,
                       NULL);
}

const char *
briefing_response_get_party (BriefingResponse *self)
{
  g_return_val_if_fail (BRIEFING_IS_RESPONSE (self), NULL);

  return self->party;
}

void
briefing_response_set_party (BriefingResponse *self,
                             const char       *party_id)
{
  g_return_if_fail (BRIEFING_IS_RESPONSE (self));

  if (briefing_set_str (&self->party, party_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}

const char *
briefing_response_get_event (BriefingResponse *self)
{
  g_return_val_if_fail (BRIEFING_IS_RESPONSE (self), NULL);

  return self->event;
}

void
briefing_response_set_event (BriefingResponse *self,
                             const char       *event_id)
{
  g_return_if_fail (BRIEFING_IS_RESPONSE (self));

  if (briefing_set_str (&self->event, event_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

BriefingStance
briefing_response_get_stance (BriefingResponse *self)
{
  g_return_val_if_fail (BRIEFING_IS_RESPONSE (self), BRIEFING_STANCE_UNKNOWN);

  return self->stance;
}

void
briefing_response_set_stance (BriefingResponse *self,
                              BriefingStance    stance)
{
  g_return_if_fail (BRIEFING_IS_RESPONSE (self));

  if (self->stance == stance)
    return;

  self->stance = stance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANCE]);
}

const char *
briefing_response_get_note (BriefingResponse *self)
{
  g_return_val_if_fail (BRIEFING_IS_RESPONSE (self), NULL);

  return self->note;
}

void
briefing_response_set_note (BriefingResponse *self,
                            const char       *note)
{
  g_return_if_fail (BRIEFING_IS_RESPONSE (self));

  if (briefing_set_str (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

GPtrArray *
briefing_response_get_citations (BriefingResponse *self)
{
  g_return_val_if_fail (BRIEFING_IS_RESPONSE (self), NULL);

  return self->citations;
}

/* The response takes its own reference on @citation. */
void
briefing_response_add_citation (BriefingResponse *self,
                                BriefingCitation *citation)
{
  g_return_if_fail (BRIEFING_IS_RESPONSE (self));
  g_return_if_fail (BRIEFING_IS_CITATION (citation));

  g_ptr_array_add (self->citations, g_object_ref (citation));
}

/* (transfer none) (nullable) */
BriefingDispute *
briefing_response_get_disputed (BriefingResponse *self)
{
  g_return_val_if_fail (BRIEFING_IS_RESPONSE (self), NULL);

  return self->disputed;
}

/* Takes a new reference on @disputed; NULL clears it. */
void
briefing_response_set_disputed (BriefingResponse *self,
                                BriefingDispute  *disputed)
{
  g_return_if_fail (BRIEFING_IS_RESPONSE (self));
  g_return_if_fail (disputed == NULL || BRIEFING_IS_DISPUTE (disputed));

  if (g_set_object (&self->disputed, disputed))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPUTED]);
}

/* NULL is equal only to NULL. */
gboolean
briefing_response_equal (BriefingResponse *a,
                         BriefingResponse *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_RESPONSE (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_RESPONSE (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return g_strcmp0 (a->party, b->party) == 0 &&
         g_strcmp0 (a->event, b->event) == 0 &&
         a->stance == b->stance &&
         g_strcmp0 (a->note, b->note) == 0 &&
         briefing_citation_list_equal (a->citations, b->citations) &&
         briefing_dispute_equal (a->disputed, b->disputed);
}
