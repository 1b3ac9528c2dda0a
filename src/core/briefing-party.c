/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-party"

#include "config.h"

#include "briefing-enum-types.h"
#include "briefing-party.h"
#include "briefing-util-private.h"

struct _BriefingParty
{
  GObject            parent_instance;

  char              *id;
  char              *name;
  char              *short_name;
  char              *color;
  char              *reliability_notes;
  GPtrArray         *representatives;

  BriefingPartyRole  role;
};

G_DEFINE_FINAL_TYPE (BriefingParty, briefing_party, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_LABEL,
  PROP_ROLE,
  PROP_COLOR,
  PROP_RELIABILITY_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_party_finalize (GObject *object)
{
  BriefingParty *self = (BriefingParty *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->reliability_notes, g_free);
  g_clear_pointer (&self->representatives, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_party_parent_class)->finalize (object);
}

static void
briefing_party_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BriefingParty *self = BRIEFING_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;

    case PROP_LABEL:
      g_value_set_string (value, briefing_party_get_label (self));
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_RELIABILITY_NOTES:
      g_value_set_string (value, self->reliability_notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BriefingParty *self = BRIEFING_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      briefing_party_set_name (self, g_value_get_string (value));
      break;

    case PROP_SHORT_NAME:
      briefing_party_set_short_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      briefing_party_set_role (self, g_value_get_enum (value));
      break;

    case PROP_COLOR:
      briefing_party_set_color (self, g_value_get_string (value));
      break;

    case PROP_RELIABILITY_NOTES:
      briefing_party_set_reliability_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_class_init (BriefingPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_party_finalize;
  object_class->get_property = briefing_party_get_property;
  object_class->set_property = briefing_party_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What views show: the short name, or the name when there is none. */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       BRIEFING_TYPE_PARTY_ROLE,
                       BRIEFING_PARTY_ROLE_PARTY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RELIABILITY_NOTES] =
    g_param_spec_string ("reliability-notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_party_init (BriefingParty *self)
{
  self->role = BRIEFING_PARTY_ROLE_PARTY;
  self->representatives = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_person_free);
}

BriefingParty *
briefing_party_new (const char        *id,
                    const char        *name,
                    BriefingPartyRole  role)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (BRIEFING_TYPE_PARTY,
                       "id", id,
                       "name", name,
                       "role", role,
                       NULL);
}

const char *
briefing_party_get_id (BriefingParty *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY (self), NULL);

  return self->id;
}

const char *
briefing_party_get_name (BriefingParty *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY (self), NULL);

  return self->name;
}

void
briefing_party_set_name (BriefingParty *self,
                         const char    *name)
{
  g_return_if_fail (BRIEFING_IS_PARTY (self));

  if (!briefing_set_str (&self->name, name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (self->short_name == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
briefing_party_get_short_name (BriefingParty *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY (self), NULL);

  return self->short_name;
}

void
briefing_party_set_short_name (BriefingParty *self,
                               const char    *short_name)
{
  g_autofree char *old_label = NULL;

  g_return_if_fail (BRIEFING_IS_PARTY (self));

  old_label = g_strdup (briefing_party_get_label (self));

  if (!briefing_set_str (&self->short_name, short_name))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHORT_NAME]);
  if (g_strcmp0 (old_label, briefing_party_get_label (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
briefing_party_get_label (BriefingParty *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY (self), NULL);

  return self->short_name != NULL ? self->short_name : self->name;
}

BriefingPartyRole
briefing_party_get_role (BriefingParty *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY (self), BRIEFING_PARTY_ROLE_PARTY);

  return self->role;
}

void
briefing_party_set_role (BriefingParty     *self,
                         BriefingPartyRole  role)
{
  g_return_if_fail (BRIEFING_IS_PARTY (self));

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
briefing_party_get_color (BriefingParty *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY (self), NULL);

  return self->color;
}

void
briefing_party_set_color (BriefingParty *self,
                          const char    *color)
{
  g_return_if_fail (BRIEFING_IS_PARTY (self));

  if (briefing_set_str (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

const char *
briefing_party_get_reliability_notes (BriefingParty *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY (self), NULL);

  return self->reliability_notes;
}

void
briefing_party_set_reliability_notes (BriefingParty *self,
                                      const char    *notes)
{
  g_return_if_fail (BRIEFING_IS_PARTY (self));

  if (briefing_set_str (&self->reliability_notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELIABILITY_NOTES]);
}

GPtrArray *
briefing_party_get_representatives (BriefingParty *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY (self), NULL);

  return self->representatives;
}

void
briefing_party_add_representative (BriefingParty *self,
                                   const char    *name,
                                   const char    *title)
{
  g_return_if_fail (BRIEFING_IS_PARTY (self));
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->representatives, briefing_person_new (name, title, NULL));
}

/* NULL is equal only to NULL. */
gboolean
briefing_party_equal (BriefingParty *a,
                      BriefingParty *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_PARTY (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_PARTY (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (g_strcmp0 (a->id, b->id) != 0 ||
      g_strcmp0 (a->name, b->name) != 0 ||
      g_strcmp0 (a->short_name, b->short_name) != 0 ||
      a->role != b->role ||
      g_strcmp0 (a->color, b->color) != 0 ||
      g_strcmp0 (a->reliability_notes, b->reliability_notes) != 0)
    return FALSE;

  if (a->representatives->len != b->representatives->len)
    return FALSE;

  for (guint i = 0; i < a->representatives->len; i++)
    {
      if (!briefing_person_equal (g_ptr_array_index (a->representatives, i),
                                  g_ptr_array_index (b->representatives, i)))
        return FALSE;
    }

  return TRUE;
}
