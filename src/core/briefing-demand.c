/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-demand"

#include "config.h"

#include "briefing-demand.h"
#include "briefing-util-private.h"

/* Admiralty information credibility: 1 (confirmed) to 6 (cannot be judged). */
#define MAX_CREDIBILITY 6

struct _BriefingDemand
{
  GObject          parent_instance;

  char            *id;
  char            *party;
  char            *text;
  char            *category;
  char            *first_stated;
  char            *withdrawn;
  GPtrArray       *reiterated;
  GPtrArray       *responses;
  GPtrArray       *citations;
  BriefingDispute *disputed;

  guint            credibility;
};

G_DEFINE_FINAL_TYPE (BriefingDemand, briefing_demand, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PARTY,
  PROP_TEXT,
  PROP_CATEGORY,
  PROP_FIRST_STATED,
  PROP_WITHDRAWN,
  PROP_CREDIBILITY,
  PROP_DISPUTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_demand_finalize (GObject *object)
{
  BriefingDemand *self = (BriefingDemand *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->party, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->first_stated, g_free);
  g_clear_pointer (&self->withdrawn, g_free);
  g_clear_pointer (&self->reiterated, g_ptr_array_unref);
  g_clear_pointer (&self->responses, g_ptr_array_unref);
  g_clear_pointer (&self->citations, g_ptr_array_unref);
  g_clear_object (&self->disputed);

  G_OBJECT_CLASS (briefing_demand_parent_class)->finalize (object);
}

static void
briefing_demand_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BriefingDemand *self = BRIEFING_DEMAND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_FIRST_STATED:
      g_value_set_string (value, self->first_stated);
      break;

    case PROP_WITHDRAWN:
      g_value_set_string (value, self->withdrawn);
      break;

    case PROP_CREDIBILITY:
      g_value_set_uint (value, self->credibility);
      break;

    case PROP_DISPUTED:
      g_value_set_object (value, self->disputed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_demand_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BriefingDemand *self = BRIEFING_DEMAND (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_PARTY:
      briefing_demand_set_party (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      briefing_demand_set_text (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      briefing_demand_set_category (self, g_value_get_string (value));
      break;

    case PROP_FIRST_STATED:
      briefing_demand_set_first_stated (self, g_value_get_string (value));
      break;

    case PROP_WITHDRAWN:
      briefing_demand_set_withdrawn (self, g_value_get_string (value));
      break;

    case PROP_CREDIBILITY:
      briefing_demand_set_credibility (self, g_value_get_uint (value));
      break;

    case PROP_DISPUTED:
      briefing_demand_set_disputed (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_demand_class_init (BriefingDemandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_demand_finalize;
  object_class->get_property = briefing_demand_get_property;
  object_class->set_property = briefing_demand_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The id of the party that makes the demand. */
  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The id of the event where the demand was first stated. */
  properties[PROP_FIRST_STATED] =
    g_param_spec_string ("first-stated", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The id of the event at which it was dropped, if it was. */
  properties[PROP_WITHDRAWN] =
    g_param_spec_string ("withdrawn", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREDIBILITY] =
    g_param_spec_uint ("credibility", NULL, NULL,
                       0, MAX_CREDIBILITY, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISPUTED] =
    g_param_spec_object ("disputed", NULL, NULL,
                         BRIEFING_TYPE_DISPUTE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_demand_init (BriefingDemand *self)
{
  self->reiterated = g_ptr_array_new_with_free_func (g_free);
  self->responses = g_ptr_array_new_with_free_func (g_object_unref);
  self->citations = g_ptr_array_new_with_free_func (g_object_unref);
}

BriefingDemand *
briefing_demand_new (const char *id,
                     const char *party_id,
                     const char *text,
                     const char *category)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (BRIEFING_TYPE_DEMAND,
                       "id", id,
                       "party", party_id,
                       "text", text,
                       "category", category,
                       NULL);
}

const char *
briefing_demand_get_id (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->id;
}

const char *
briefing_demand_get_party (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->party;
}

void
briefing_demand_set_party (BriefingDemand *self,
                           const char     *party_id)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));

  if (briefing_set_str (&self->party, party_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}

const char *
briefing_demand_get_text (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->text;
}

void
briefing_demand_set_text (BriefingDemand *self,
                          const char     *text)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));

  if (briefing_set_str (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
briefing_demand_get_category (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->category;
}

void
briefing_demand_set_category (BriefingDemand *self,
                              const char     *category)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));

  if (briefing_set_str (&self->category, category))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
briefing_demand_get_first_stated (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->first_stated;
}

void
briefing_demand_set_first_stated (BriefingDemand *self,
                                  const char     *event_id)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));

  if (briefing_set_str (&self->first_stated, event_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_STATED]);
}

GPtrArray *
briefing_demand_get_reiterated (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->reiterated;
}

void
briefing_demand_add_reiterated (BriefingDemand *self,
                                const char     *event_id)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));
  g_return_if_fail (event_id != NULL);

  g_ptr_array_add (self->reiterated, g_strdup (event_id));
}

/* (nullable): NULL while the demand stands. */
const char *
briefing_demand_get_withdrawn (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->withdrawn;
}

void
briefing_demand_set_withdrawn (BriefingDemand *self,
                               const char     *event_id)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));

  if (briefing_set_str (&self->withdrawn, event_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WITHDRAWN]);
}

guint
briefing_demand_get_credibility (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), 0);

  return self->credibility;
}

void
briefing_demand_set_credibility (BriefingDemand *self,
                                 guint           credibility)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));
  g_return_if_fail (credibility <= MAX_CREDIBILITY);

  if (self->credibility == credibility)
    return;

  self->credibility = credibility;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDIBILITY]);
}

GPtrArray *
briefing_demand_get_responses (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->responses;
}

/* The demand takes its own reference on @response. */
void
briefing_demand_add_response (BriefingDemand   *self,
                              BriefingResponse *response)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));
  g_return_if_fail (BRIEFING_IS_RESPONSE (response));

  g_ptr_array_add (self->responses, g_object_ref (response));
}

GPtrArray *
briefing_demand_get_citations (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->citations;
}

/* The demand takes its own reference on @citation. */
void
briefing_demand_add_citation (BriefingDemand   *self,
                              BriefingCitation *citation)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));
  g_return_if_fail (BRIEFING_IS_CITATION (citation));

  g_ptr_array_add (self->citations, g_object_ref (citation));
}

/* (transfer none) (nullable) */
BriefingDispute *
briefing_demand_get_disputed (BriefingDemand *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND (self), NULL);

  return self->disputed;
}

/* Takes a new reference on @disputed; NULL clears it. */
void
briefing_demand_set_disputed (BriefingDemand  *self,
                              BriefingDispute *disputed)
{
  g_return_if_fail (BRIEFING_IS_DEMAND (self));
  g_return_if_fail (disputed == NULL || BRIEFING_IS_DISPUTE (disputed));

  if (g_set_object (&self->disputed, disputed))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPUTED]);
}

/* NULL is equal only to NULL. */
gboolean
briefing_demand_equal (BriefingDemand *a,
                       BriefingDemand *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_DEMAND (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_DEMAND (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (g_strcmp0 (a->id, b->id) != 0 ||
      g_strcmp0 (a->party, b->party) != 0 ||
      g_strcmp0 (a->text, b->text) != 0 ||
      g_strcmp0 (a->category, b->category) != 0 ||
      g_strcmp0 (a->first_stated, b->first_stated) != 0 ||
      !briefing_str_array_equal (a->reiterated, b->reiterated) ||
      g_strcmp0 (a->withdrawn, b->withdrawn) != 0 ||
      a->credibility != b->credibility)
    return FALSE;

  if (a->responses->len != b->responses->len)
    return FALSE;

  for (guint i = 0; i < a->responses->len; i++)
    {
      if (!briefing_response_equal (g_ptr_array_index (a->responses, i),
                                    g_ptr_array_index (b->responses, i)))
        return FALSE;
    }

  return briefing_citation_list_equal (a->citations, b->citations) &&
         briefing_dispute_equal (a->disputed, b->disputed);
}
