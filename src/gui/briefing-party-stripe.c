/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-party-stripe"

#include "config.h"

#include "briefing-party-stripe.h"

struct _BriefingPartyStripe
{
  GtkWidget  parent_instance;

  char      *color;
  GdkRGBA    rgba;
  gboolean   has_rgba;
};

G_DEFINE_FINAL_TYPE (BriefingPartyStripe, briefing_party_stripe, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_party_stripe_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  BriefingPartyStripe *self = BRIEFING_PARTY_STRIPE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float radius = MIN (width, height) / 2.f;
  GskRoundedRect clip;

  /* Without a colour the CSS background (a neutral tint) is all there is. */
  if (!self->has_rgba || width <= 0 || height <= 0)
    return;

  gsk_rounded_rect_init_from_rect (&clip, &GRAPHENE_RECT_INIT (0, 0, width, height), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  gtk_snapshot_append_color (snapshot, &self->rgba, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_pop (snapshot);
}

static void
briefing_party_stripe_finalize (GObject *object)
{
  BriefingPartyStripe *self = BRIEFING_PARTY_STRIPE (object);

  g_free (self->color);

  G_OBJECT_CLASS (briefing_party_stripe_parent_class)->finalize (object);
}

static void
briefing_party_stripe_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingPartyStripe *self = BRIEFING_PARTY_STRIPE (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_stripe_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BriefingPartyStripe *self = BRIEFING_PARTY_STRIPE (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      briefing_party_stripe_set_color (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_stripe_class_init (BriefingPartyStripeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = briefing_party_stripe_finalize;
  object_class->get_property = briefing_party_stripe_get_property;
  object_class->set_property = briefing_party_stripe_set_property;
  widget_class->snapshot = briefing_party_stripe_snapshot;

  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "partystripe");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
briefing_party_stripe_init (BriefingPartyStripe *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "no-color");
}

GtkWidget *
briefing_party_stripe_new (const char *color)
{
  return g_object_new (BRIEFING_TYPE_PARTY_STRIPE, "color", color, NULL);
}

const char *
briefing_party_stripe_get_color (BriefingPartyStripe *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_STRIPE (self), NULL);

  return self->color;
}

void
briefing_party_stripe_set_color (BriefingPartyStripe *self,
                                 const char          *color)
{
  g_return_if_fail (BRIEFING_IS_PARTY_STRIPE (self));

  if (g_strcmp0 (self->color, color) == 0)
    return;

  g_free (self->color);
  self->color = g_strdup (color);
  self->has_rgba = color != NULL && gdk_rgba_parse (&self->rgba, color);
  if (self->has_rgba)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "no-color");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "no-color");

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}
