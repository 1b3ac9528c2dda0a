/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-demand-row"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-chips.h"
#include "briefing-demand-row.h"
#include "briefing-edit-widgets.h"
#include "briefing-enum-types.h"
#include "briefing-labels.h"
#include "briefing-party-stripe.h"
#include "briefing-tooltip.h"

struct _BriefingDemandRow
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkWidget        *change_chip;
  GtkImage         *change_icon;
  GtkLabel         *change_label;
  GtkMenuButton       *edit_button;
  GtkLabel         *category_label;
  GtkWidget        *disputed_box;
  GtkLabel         *disputed_label;
  GtkLabel         *text_label;
  GtkWidget        *sources_box;
  GtkBox           *citations_box;
  GtkLabel         *credibility_label;
  GtkButton        *note_button;
  GtkGrid          *responses_grid;
  GtkWidget        *no_answer_label;

  /* Owned */
  BriefingPosition *position;
  BriefingBundle   *bundle;
};

#define CITATION_KEY "briefing-citation"

G_DEFINE_FINAL_TYPE (BriefingDemandRow, briefing_demand_row, GTK_TYPE_WIDGET)

static void
create_edit_menu (GtkMenuButton *button,
                  gpointer       item)
{
  g_autoptr(GMenuModel) menu = briefing_item_menu_new (item);

  gtk_menu_button_set_menu_model (button, menu);
}

enum {
  PROP_0,
  PROP_POSITION,
  PROP_BUNDLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
credibility_meaning (guint credibility)
{
  switch (credibility)
    {
    /* Translators: the Admiralty scale of how credible a piece of information is */
    case 1: return _("confirmed by other sources");
    case 2: return _("probably true");
    case 3: return _("possibly true");
    case 4: return _("doubtful");
    case 5: return _("improbable");
    case 6:
    default: return _("truth cannot be judged");
    }
}

static void
remove_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    {
      if (GTK_IS_BOX (widget))
        gtk_box_remove (GTK_BOX (widget), child);
      else
        gtk_grid_remove (GTK_GRID (widget), child);
    }
}

static BriefingArticle *
lookup_article (BriefingDemandRow *self,
                const char        *source)
{
  return self->bundle != NULL ? briefing_bundle_lookup_article (self->bundle, source) : NULL;
}

/* A citation's tooltip: the quoted words, the article's headline and its publisher. */
static gboolean
on_citation_query_tooltip (GtkWidget         *button,
                           int                x,
                           int                y,
                           gboolean           keyboard_mode,
                           GtkTooltip        *tooltip,
                           BriefingDemandRow *self)
{
  BriefingCitation *citation = g_object_get_data (G_OBJECT (button), CITATION_KEY);
  const char *source = briefing_citation_get_source (citation);
  const char *exact = briefing_citation_get_exact (citation);
  BriefingArticle *article = lookup_article (self, source);
  const char *headline = article != NULL ? briefing_article_get_headline (article) : NULL;
  const char *publisher = article != NULL ? briefing_article_get_publisher (article) : NULL;
  g_autofree char *text = NULL;

  if (publisher != NULL)
    /* Translators: a citation's tooltip: the quoted words, the article's headline, its publisher */
    text = g_strdup_printf (_("“%s”\n%s — %s"), exact, headline, publisher);
  else
    /* Translators: a citation's tooltip: the quoted words, then the article's headline */
    text = g_strdup_printf (_("“%s”\n%s"), exact, headline != NULL ? headline : source);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Not an action-name: a row has many of these, and every button that names an action is told of
 * every change to the window's actions. */
static void
on_citation_clicked (GtkButton *button)
{
  BriefingCitation *citation = g_object_get_data (G_OBJECT (button), CITATION_KEY);
  gsize start, end;

  if (briefing_citation_get_anchor (citation, &start, &end))
    gtk_widget_activate_action (GTK_WIDGET (button), "win.show-quote", "(stt)",
                                briefing_citation_get_source (citation),
                                (guint64) start, (guint64) end);
}

/* A "[n]" button that asks the window to open the quoted words in their article. */
static GtkWidget *
create_citation_button (BriefingDemandRow *self,
                        BriefingCitation  *citation,
                        guint              number)
{
  const char *source = briefing_citation_get_source (citation);
  const char *exact = briefing_citation_get_exact (citation);
  BriefingArticle *article = lookup_article (self, source);
  g_autofree char *label = g_strdup_printf ("[%u]", number);
  g_autofree char *accessible = NULL;
  GtkWidget *button;
  gsize start, end;

  button = gtk_button_new_with_label (label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "citation");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  g_object_set_data_full (G_OBJECT (button), CITATION_KEY, g_object_ref (citation), g_object_unref);
  gtk_widget_set_has_tooltip (button, TRUE);
  g_signal_connect (button, "query-tooltip", G_CALLBACK (on_citation_query_tooltip), self);

  /* Translators: what a screen reader calls a citation button: its number and the quoted words */
  accessible = g_strdup_printf (_("Source %u: %s"), number, exact);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  article != NULL ? briefing_article_get_headline (article) : source,
                                  -1);

  /* The window resolves the article and shows the quote; unresolved quotes cannot be shown. */
  if (briefing_citation_get_anchor (citation, &start, &end))
    g_signal_connect (button, "clicked", G_CALLBACK (on_citation_clicked), NULL);
  else
    gtk_widget_set_sensitive (button, FALSE);

  return button;
}

static guint
add_citations (BriefingDemandRow *self,
               GtkBox            *box,
               GPtrArray         *citations,
               guint              number)
{
  for (guint i = 0; i < citations->len; i++)
    gtk_box_append (box, create_citation_button (self, citations->pdata[i], ++number));

  return number;
}

static void
append_dispute_note (GString         *notes,
                     const char      *who,
                     BriefingDispute *dispute)
{
  if (dispute == NULL || briefing_dispute_get_note (dispute) == NULL)
    return;

  if (notes->len > 0)
    g_string_append (notes, "\n\n");
  if (who != NULL)
    /* Translators: a dispute note about a party's answer: the party, then the note */
    g_string_append_printf (notes, _("%s: %s"), who, briefing_dispute_get_note (dispute));
  else
    g_string_append (notes, briefing_dispute_get_note (dispute));
}

static BriefingParty *
lookup_party (BriefingDemandRow *self,
              const char        *party_id)
{
  return self->bundle != NULL ? briefing_bundle_lookup_party (self->bundle, party_id) : NULL;
}

/* One answer: a dot in the party's colour, its short name, the stance and its sources; the note
 * below. */
static guint
add_response (BriefingDemandRow *self,
              BriefingResponse  *response,
              int                row,
              guint              number,
              GString           *disputes)
{
  BriefingStance stance = briefing_response_get_stance (response);
  const char *note = briefing_response_get_note (response);
  const char *party_id = briefing_response_get_party (response);
  BriefingParty *party = lookup_party (self, party_id);
  const char *who = party != NULL ? briefing_party_get_label (party) : party_id;
  GtkWidget *dot = briefing_party_stripe_new (party != NULL ? briefing_party_get_color (party) : NULL);
  GtkWidget *name = gtk_label_new (who);
  GtkWidget *chip = briefing_chip_new (briefing_stance_icon_name (stance),
                                       briefing_stance_label (stance),
                                       "stance", BRIEFING_TYPE_STANCE, stance);
  GtkWidget *citations = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  gtk_widget_add_css_class (dot, "dot");
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "response-party");
  if (party != NULL)
    briefing_widget_set_tooltip (name, briefing_party_get_name (party));
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (citations, "citations");
  /* The sources take what is left, so the name and the stance keep their natural widths. */
  gtk_widget_set_hexpand (citations, TRUE);

  gtk_grid_attach (self->responses_grid, dot, 0, row, 1, 1);
  gtk_grid_attach (self->responses_grid, name, 1, row, 1, 1);
  gtk_grid_attach (self->responses_grid, chip, 2, row, 1, 1);
  gtk_grid_attach (self->responses_grid, citations, 3, row, 1, 1);
  number = add_citations (self, GTK_BOX (citations),
                          briefing_response_get_citations (response), number);

  if (note != NULL && note[0] != '\0')
    {
      GtkWidget *note_label = gtk_label_new (note);

      gtk_label_set_wrap (GTK_LABEL (note_label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (note_label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (note_label), 0);
      gtk_widget_add_css_class (note_label, "response-note");
      gtk_widget_add_css_class (note_label, "caption");
      gtk_grid_attach (self->responses_grid, note_label, 1, row + 1, 3, 1);
    }

  append_dispute_note (disputes, who, briefing_response_get_disputed (response));
  return number;
}

static void
update (BriefingDemandRow *self)
{
  g_autoptr(GString) disputes = g_string_new (NULL);
  g_autofree char *category = NULL;
  BriefingDemand *demand;
  BriefingChange change;
  GPtrArray *responses;
  guint credibility;
  guint number = 0;

  remove_children (GTK_WIDGET (self->citations_box));
  remove_children (GTK_WIDGET (self->responses_grid));

  if (self->position == NULL)
    return;

  demand = briefing_position_get_demand (self->position);
  change = briefing_position_get_change (self->position);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->note_button), "s", briefing_demand_get_id (demand));
  /* The menu is made when it opens. */
  gtk_menu_button_set_create_popup_func (self->edit_button, create_edit_menu, g_object_ref (demand), g_object_unref);
  responses = briefing_position_get_responses (self->position);
  credibility = briefing_demand_get_credibility (demand);

  gtk_widget_set_visible (self->change_chip, change != BRIEFING_CHANGE_NONE);
  gtk_image_set_from_icon_name (self->change_icon, briefing_change_icon_name (change));
  gtk_label_set_text (self->change_label, briefing_change_label (change));
  briefing_chip_set_value_class (self->change_chip, BRIEFING_TYPE_CHANGE, change);
  if (change == BRIEFING_CHANGE_DROPPED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dropped");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dropped");

  category = briefing_category_label (briefing_demand_get_category (demand));
  gtk_label_set_text (self->category_label, category);
  gtk_label_set_text (self->text_label, briefing_demand_get_text (demand));

  number = add_citations (self, self->citations_box,
                          briefing_demand_get_citations (demand), number);
  /* Hidden when empty: it is pulled left to align the numbers with the text. */
  gtk_widget_set_visible (GTK_WIDGET (self->citations_box), number > 0);
  gtk_widget_set_visible (self->sources_box, number > 0 || credibility > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->credibility_label), credibility > 0);
  if (credibility > 0)
    {
      /* Translators: the Admiralty credibility grade (1–6) of a demand as reported */
      g_autofree char *text = g_strdup_printf (_("Credibility %u"), credibility);
      g_autofree char *tip = NULL;

      /* Translators: tooltip of the credibility grade: the grade, then what it means */
      tip = g_strdup_printf (_("Information credibility %u: %s "
                               "(Admiralty scale, 1 best, 6 cannot be judged)"),
                             credibility, credibility_meaning (credibility));

      gtk_label_set_text (self->credibility_label, text);
      briefing_widget_set_tooltip (GTK_WIDGET (self->credibility_label), tip);
    }

  append_dispute_note (disputes, NULL, briefing_demand_get_disputed (demand));
  for (guint i = 0; i < responses->len; i++)
    number = add_response (self, responses->pdata[i], 2 * i, number, disputes);
  gtk_widget_set_visible (GTK_WIDGET (self->responses_grid), responses->len > 0);
  gtk_widget_set_visible (self->no_answer_label, responses->len == 0);

  gtk_widget_set_visible (self->disputed_box, briefing_position_is_disputed (self->position));
  briefing_widget_set_tooltip (self->disputed_box, disputes->len > 0 ? disputes->str : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->disputed_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, disputes->str,
                                  -1);
}

static void
briefing_demand_row_dispose (GObject *object)
{
  BriefingDemandRow *self = BRIEFING_DEMAND_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_DEMAND_ROW);
  /* The template's unnamed children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->position);
  g_clear_object (&self->bundle);

  G_OBJECT_CLASS (briefing_demand_row_parent_class)->dispose (object);
}

static void
briefing_demand_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BriefingDemandRow *self = BRIEFING_DEMAND_ROW (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_object (value, self->position);
      break;
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_demand_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BriefingDemandRow *self = BRIEFING_DEMAND_ROW (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      briefing_demand_row_set_position (self, g_value_get_object (value));
      break;
    case PROP_BUNDLE:
      briefing_demand_row_set_bundle (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_demand_row_class_init (BriefingDemandRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_demand_row_dispose;
  object_class->get_property = briefing_demand_row_get_property;
  object_class->set_property = briefing_demand_row_set_property;

  properties[PROP_POSITION] =
    g_param_spec_object ("position", NULL, NULL, BRIEFING_TYPE_POSITION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/briefing/Briefing/briefing-demand-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, change_chip);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, change_icon);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, change_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, category_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, disputed_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, disputed_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, sources_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, citations_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, credibility_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, note_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, responses_grid);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandRow, no_answer_label);

  gtk_widget_class_set_css_name (widget_class, "demandrow");
}

static void
briefing_demand_row_init (BriefingDemandRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Here rather than in the template, where each would cost a round trip to the X server. */
  briefing_widget_set_tooltip (GTK_WIDGET (self->note_button), _("Add a note to this demand"));
  briefing_widget_set_tooltip (GTK_WIDGET (self->edit_button), _("Edit or delete this demand"));
}

GtkWidget *
briefing_demand_row_new (void)
{
  return g_object_new (BRIEFING_TYPE_DEMAND_ROW, NULL);
}

BriefingPosition *
briefing_demand_row_get_position (BriefingDemandRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND_ROW (self), NULL);

  return self->position;
}

void
briefing_demand_row_set_position (BriefingDemandRow *self,
                                  BriefingPosition  *position)
{
  g_return_if_fail (BRIEFING_IS_DEMAND_ROW (self));
  g_return_if_fail (position == NULL || BRIEFING_IS_POSITION (position));

  if (!g_set_object (&self->position, position))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

BriefingBundle *
briefing_demand_row_get_bundle (BriefingDemandRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_DEMAND_ROW (self), NULL);

  return self->bundle;
}

void
briefing_demand_row_set_bundle (BriefingDemandRow *self,
                                BriefingBundle    *bundle)
{
  g_return_if_fail (BRIEFING_IS_DEMAND_ROW (self));
  g_return_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle));

  if (!g_set_object (&self->bundle, bundle))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
}
