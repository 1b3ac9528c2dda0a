/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-event-card"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-edit-widgets.h"
#include "briefing-event-card.h"
#include "briefing-labels.h"
#include "briefing-party-dot.h"
#include "briefing-tooltip.h"

struct _BriefingEventCard
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkStack       *stack;
  GtkLabel       *kind_label;
  GtkMenuButton       *edit_button;
  GtkButton      *note_button;
  GtkLabel       *title_label;
  GtkLabel       *when_label;
  GtkWidget      *location_row;
  GtkLabel       *location_label;
  GtkWidget      *participants_row;
  GtkWidget      *participants_box;
  GtkWidget      *mediators_row;
  GtkWidget      *mediators_box;
  GtkWidget      *host_row;
  GtkWidget      *host_box;
  GtkWidget      *heads_row;
  GtkWidget      *heads_box;
  GtkLabel       *description_label;
  GtkWidget      *sources_box;
  GtkWidget      *disputed_box;
  GtkLabel       *disputed_label;
  GtkWidget      *disputed_sources_box;
  GtkWidget      *outcomes_section;
  GtkWidget      *outcomes_box;
  GtkSizeGroup   *chip_group;

  /* Owned */
  BriefingEvent  *event;
  BriefingBundle *bundle;

  /* Citations are numbered in reading order, like footnotes. */
  guint           n_citations;
};

G_DEFINE_FINAL_TYPE (BriefingEventCard, briefing_event_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_BUNDLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Each status has its own class and icon, so it never depends on colour alone. */
static const struct
{
  const char *css_class;
  const char *icon_name;
} status_styles[] = {
  [BRIEFING_OUTCOME_STATUS_AGREED] = { "status-agreed", "object-select-symbolic" },
  [BRIEFING_OUTCOME_STATUS_REJECTED] = { "status-rejected", "window-close-symbolic" },
  [BRIEFING_OUTCOME_STATUS_DISCUSSED] = { "status-discussed", "user-available-symbolic" },
  [BRIEFING_OUTCOME_STATUS_PROPOSED] = { "status-proposed", "mail-send-symbolic" },
  [BRIEFING_OUTCOME_STATUS_PENDING] = { "status-pending", "document-open-recent-symbolic" },
};

/* Removes the children of @box that come after @keep (all of them when @keep is NULL). */
static void
clear_box (GtkWidget *box,
           GtkWidget *keep)
{
  GtkWidget *child = keep != NULL ? gtk_widget_get_next_sibling (keep) : gtk_widget_get_first_child (box);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (GTK_BOX (box), child);
      child = next;
    }
}

/* An icon beside words that say the same thing: screen readers skip it. */
static GtkWidget *
decoration_icon_new (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

static BriefingParty *
lookup_party (BriefingEventCard *self,
              const char        *party_id)
{
  if (self->bundle == NULL || party_id == NULL)
    return NULL;

  return briefing_bundle_lookup_party (self->bundle, party_id);
}

/* A party's colour dot and @text (the party's name when NULL). */
static GtkWidget *
party_label_new (BriefingEventCard *self,
                 const char        *party_id,
                 const char        *text)
{
  BriefingParty *party = lookup_party (self, party_id);
  gboolean names_party = text == NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dot = briefing_party_dot_new (party != NULL ? briefing_party_get_color (party) : NULL);
  GtkWidget *label;

  if (text == NULL)
    text = party != NULL ? briefing_party_get_name (party) : party_id;
  label = gtk_label_new (text);

  /* Beside the first line when the name wraps; CSS centres it on that line. */
  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A delegation head has a line of its own, and wraps only at the end of it. */
  gtk_widget_set_hexpand (label, !names_party);
  gtk_widget_add_css_class (box, "party-label");
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static void
create_edit_menu (GtkMenuButton *button,
                  gpointer       event)
{
  g_autoptr(GMenuModel) menu = briefing_item_menu_new (event);

  gtk_menu_button_set_menu_model (button, menu);
}

static void
on_citation_clicked (GtkButton *button)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  /* The action has run by now (the button's own handler runs first); get out of the way of the
   * article it opened. */
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* Makes @button open the citation's article at its quote, through "win.show-quote". */
static void
set_citation_action (GtkWidget        *button,
                     BriefingCitation *citation)
{
  gsize start, end;

  /* A valid bundle resolves every quote; one that is not resolved cannot be shown. */
  if (briefing_citation_get_anchor (citation, &start, &end))
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-quote");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(stt)",
                                        briefing_citation_get_source (citation),
                                        (guint64) start, (guint64) end);
    }
  else
    gtk_widget_set_sensitive (button, FALSE);

  g_signal_connect (button, "clicked", G_CALLBACK (on_citation_clicked), NULL);
}

/* "[N]": a citation numbered in reading order, with its quote in the tooltip. */
static GtkWidget *
citation_button_new (BriefingEventCard *self,
                     BriefingCitation  *citation)
{
  const char *exact = briefing_citation_get_exact (citation);
  guint number = ++self->n_citations;
  /* Translators: a citation button, numbered like a footnote */
  g_autofree char *label = g_strdup_printf (C_("citation", "[%u]"), number);
  /* Translators: the words a source is quoted for, in quotation marks */
  g_autofree char *tooltip = g_strdup_printf (_("“%s”"), exact);
  /* Translators: what a screen reader says for a citation button: its number and the quote */
  g_autofree char *accessible = g_strdup_printf (_("Source %u: %s"), number, exact);
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "citation");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  briefing_widget_set_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  set_citation_action (button, citation);

  return button;
}

/* The quote itself as a button: the accounts a dispute sets side by side. */
static GtkWidget *
quote_button_new (BriefingCitation *citation)
{
  const char *exact = briefing_citation_get_exact (citation);
  g_autofree char *quoted = g_strdup_printf (_("“%s”"), exact);
  /* Translators: what a screen reader says for a quote that opens its source */
  g_autofree char *accessible = g_strdup_printf (_("Source: %s"), exact);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (quoted);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "citation-quote");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  set_citation_action (button, citation);

  return button;
}

static void
append_citations (BriefingEventCard *self,
                  GtkWidget         *box,
                  GPtrArray         *citations)
{
  for (guint i = 0; citations != NULL && i < citations->len; i++)
    gtk_box_append (GTK_BOX (box), citation_button_new (self, g_ptr_array_index (citations, i)));
}

static GtkWidget *
status_chip_new (BriefingOutcomeStatus status)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon;
  GtkWidget *label;

  if ((guint) status >= G_N_ELEMENTS (status_styles))
    status = BRIEFING_OUTCOME_STATUS_PENDING;

  icon = decoration_icon_new (status_styles[status].icon_name);
  label = gtk_label_new (briefing_outcome_status_label (status));
  gtk_widget_add_css_class (chip, "status-chip");
  gtk_widget_add_css_class (chip, status_styles[status].css_class);
  gtk_widget_set_valign (chip, GTK_ALIGN_START);
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (chip), icon);
  gtk_box_append (GTK_BOX (chip), label);

  return chip;
}

/* A flag on a disputed outcome: the note in its tooltip, and in a popover with the accounts
 * that differ, each opening its source. */
static GtkWidget *
disputed_flag_new (BriefingDispute *dispute)
{
  const char *note = briefing_dispute_get_note (dispute);
  GPtrArray *citations = briefing_dispute_get_citations (dispute);
  /* Translators: what a screen reader says for the flag on a disputed outcome */
  g_autofree char *accessible = g_strdup_printf (_("Disputed: %s"), note);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Disputed"));
  GtkWidget *label = gtk_label_new (note);

  gtk_box_append (GTK_BOX (child), decoration_icon_new ("dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (child), gtk_label_new (_("Disputed")));
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), child);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_add_css_class (button, "disputed-flag");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  briefing_widget_set_tooltip (button, note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "disputed-title");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_box_append (GTK_BOX (content), title);
  gtk_box_append (GTK_BOX (content), label);
  for (guint i = 0; citations != NULL && i < citations->len; i++)
    gtk_box_append (GTK_BOX (content), quote_button_new (g_ptr_array_index (citations, i)));
  gtk_widget_add_css_class (content, "disputed-popover");
  gtk_popover_set_child (GTK_POPOVER (popover), content);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  return button;
}

static GtkWidget *
outcome_row_new (BriefingEventCard *self,
                 BriefingOutcome   *outcome)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* The chip keeps its own width inside a column as wide as the widest chip. */
  GtkWidget *chip_column = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (briefing_outcome_get_text (outcome));
  GtkWidget *sources = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  BriefingDispute *disputed = briefing_outcome_get_disputed (outcome);

  gtk_widget_add_css_class (row, "outcome");
  gtk_box_append (GTK_BOX (chip_column), status_chip_new (briefing_outcome_get_status (outcome)));
  gtk_size_group_add_widget (self->chip_group, chip_column);
  gtk_widget_set_hexpand (body, TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (text, "outcome-text");
  gtk_widget_add_css_class (sources, "outcome-sources");

  append_citations (self, sources, briefing_outcome_get_citations (outcome));
  if (disputed != NULL)
    gtk_box_append (GTK_BOX (sources), disputed_flag_new (disputed));

  gtk_box_append (GTK_BOX (body), text);
  gtk_box_append (GTK_BOX (body), sources);
  gtk_box_append (GTK_BOX (row), chip_column);
  gtk_box_append (GTK_BOX (row), body);

  return row;
}

/* One label per party id, each with the party's colour; hides @row when there is none. */
static void
fill_parties (BriefingEventCard *self,
              GtkWidget         *row,
              GtkWidget         *box,
              GPtrArray         *party_ids)
{
  clear_box (box, NULL);
  for (guint i = 0; party_ids != NULL && i < party_ids->len; i++)
    gtk_box_append (GTK_BOX (box), party_label_new (self, g_ptr_array_index (party_ids, i), NULL));
  gtk_widget_set_visible (row, gtk_widget_get_first_child (box) != NULL);
}

static char *
format_delegation_head (BriefingEventCard    *self,
                        const BriefingPerson *head)
{
  BriefingParty *party = lookup_party (self, head->party);
  const char *party_name = party != NULL ? briefing_party_get_name (party) : head->party;

  if (head->title != NULL && party_name != NULL)
    /* Translators: a head of delegation: name, title (party),
     * e.g. "Rustem Umerov, Defence Minister (Ukraine)" */
    return g_strdup_printf (_("%s, %s (%s)"), head->name, head->title, party_name);
  if (party_name != NULL)
    /* Translators: a head of delegation without a title: name (party) */
    return g_strdup_printf (_("%s (%s)"), head->name, party_name);
  if (head->title != NULL)
    /* Translators: a head of delegation without a party: name, title */
    return g_strdup_printf (_("%s, %s"), head->name, head->title);
  return g_strdup (head->name);
}

static char *
format_when (BriefingEvent *event)
{
  BriefingDate start = briefing_event_get_display_start (event);
  const BriefingDate *end = briefing_event_get_end (event);
  BriefingDate display_end;
  g_autofree char *dates = NULL;
  g_autofree char *duration = NULL;

  if (end != NULL)
    display_end = briefing_date_coarsen (end, briefing_event_get_precision (event));
  dates = briefing_date_format_range (&start, end != NULL ? &display_end : NULL);

  if (briefing_event_get_duration (event) < 0)
    return g_steal_pointer (&dates);

  duration = briefing_duration_format (briefing_event_get_duration (event));
  /* Translators: an event's date and how long it lasted, e.g. "2 June 2025 · 1 h 30 min" */
  return g_strdup_printf (C_("event date and duration", "%s · %s"), dates, duration);
}

static void
show_event (BriefingEventCard *self)
{
  BriefingEvent *event = self->event;
  const char *kind = briefing_event_kind_label (briefing_event_get_kind (event));
  const char *location = briefing_event_get_location (event);
  const char *description = briefing_event_get_description (event);
  const char *host = briefing_event_get_host (event);
  GPtrArray *heads = briefing_event_get_delegation_heads (event);
  GPtrArray *citations = briefing_event_get_citations (event);
  GPtrArray *outcomes = briefing_event_get_outcomes (event);
  BriefingDispute *disputed = briefing_event_get_disputed (event);
  g_autofree char *kind_text = NULL;
  g_autofree char *when = format_when (event);

  self->n_citations = 0;

  if (briefing_event_get_round (event) > 0)
    /* Translators: above an event's title: its round and its kind, e.g. "Round 2 · Talks" */
    kind_text = g_strdup_printf (_("Round %u · %s"), briefing_event_get_round (event), kind);
  else
    kind_text = g_strdup (kind);
  gtk_label_set_text (self->kind_label, kind_text);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->note_button), "s", briefing_event_get_id (event));
  {
    /* The menu is made when it opens: a card shown without a window's actions needs none. */
    gtk_menu_button_set_create_popup_func (self->edit_button, create_edit_menu, g_object_ref (event), g_object_unref);
    /* Questions shown as deadlines are not the bundle's to edit. */
    gtk_widget_set_visible (GTK_WIDGET (self->edit_button), !g_str_has_prefix (briefing_event_get_id (event), "question:"));
  }
  gtk_label_set_text (self->title_label, briefing_event_get_title (event));
  gtk_label_set_text (self->when_label, when);

  gtk_label_set_text (self->location_label, location != NULL ? location : "");
  gtk_widget_set_visible (self->location_row, location != NULL);

  fill_parties (self, self->participants_row, self->participants_box,
                briefing_event_get_participants (event));
  fill_parties (self, self->mediators_row, self->mediators_box,
                briefing_event_get_mediators (event));

  clear_box (self->host_box, NULL);
  if (host != NULL)
    gtk_box_append (GTK_BOX (self->host_box), party_label_new (self, host, NULL));
  gtk_widget_set_visible (self->host_row, host != NULL);

  clear_box (self->heads_box, NULL);
  for (guint i = 0; heads != NULL && i < heads->len; i++)
    {
      const BriefingPerson *head = g_ptr_array_index (heads, i);
      g_autofree char *text = format_delegation_head (self, head);

      gtk_box_append (GTK_BOX (self->heads_box), party_label_new (self, head->party, text));
    }
  gtk_widget_set_visible (self->heads_row, heads != NULL && heads->len > 0);

  gtk_label_set_text (self->description_label, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);

  clear_box (self->sources_box, gtk_widget_get_first_child (self->sources_box));
  append_citations (self, self->sources_box, citations);
  gtk_widget_set_visible (self->sources_box, citations != NULL && citations->len > 0);

  clear_box (self->disputed_sources_box, NULL);
  if (disputed != NULL)
    {
      gtk_label_set_text (self->disputed_label, briefing_dispute_get_note (disputed));
      append_citations (self, self->disputed_sources_box, briefing_dispute_get_citations (disputed));
    }
  gtk_widget_set_visible (self->disputed_box, disputed != NULL);

  clear_box (self->outcomes_box, NULL);
  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    gtk_box_append (GTK_BOX (self->outcomes_box), outcome_row_new (self, g_ptr_array_index (outcomes, i)));
  gtk_widget_set_visible (self->outcomes_section, outcomes != NULL && outcomes->len > 0);
}

static void
update (BriefingEventCard *self)
{
  if (self->event == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_event (self);
  gtk_stack_set_visible_child_name (self->stack, "event");
}

static void
briefing_event_card_dispose (GObject *object)
{
  BriefingEventCard *self = BRIEFING_EVENT_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_EVENT_CARD);
  /* Children of the template that it does not bind are left for us to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->event);
  g_clear_object (&self->bundle);

  G_OBJECT_CLASS (briefing_event_card_parent_class)->dispose (object);
}

static void
briefing_event_card_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BriefingEventCard *self = BRIEFING_EVENT_CARD (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_event_card_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BriefingEventCard *self = BRIEFING_EVENT_CARD (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      briefing_event_card_set_event (self, g_value_get_object (value));
      break;
    case PROP_BUNDLE:
      briefing_event_card_set_bundle (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_event_card_class_init (BriefingEventCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_event_card_dispose;
  object_class->get_property = briefing_event_card_get_property;
  object_class->set_property = briefing_event_card_set_property;

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, BRIEFING_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_PARTY_DOT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-event-card.ui");
  gtk_widget_class_set_css_name (widget_class, "eventcard");
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, edit_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, note_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, when_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, location_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, location_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, participants_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, participants_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, mediators_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, mediators_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, host_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, host_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, heads_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, heads_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, description_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, sources_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, disputed_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, disputed_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, disputed_sources_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, outcomes_section);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, outcomes_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventCard, chip_group);
}

static void
briefing_event_card_init (BriefingEventCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
briefing_event_card_new (void)
{
  return g_object_new (BRIEFING_TYPE_EVENT_CARD, NULL);
}

BriefingEvent *
briefing_event_card_get_event (BriefingEventCard *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT_CARD (self), NULL);

  return self->event;
}

void
briefing_event_card_set_event (BriefingEventCard *self,
                               BriefingEvent     *event)
{
  g_return_if_fail (BRIEFING_IS_EVENT_CARD (self));
  g_return_if_fail (event == NULL || BRIEFING_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

BriefingBundle *
briefing_event_card_get_bundle (BriefingEventCard *self)
{
  g_return_val_if_fail (BRIEFING_IS_EVENT_CARD (self), NULL);

  return self->bundle;
}

void
briefing_event_card_set_bundle (BriefingEventCard *self,
                                BriefingBundle    *bundle)
{
  g_return_if_fail (BRIEFING_IS_EVENT_CARD (self));
  g_return_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle));

  if (!g_set_object (&self->bundle, bundle))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
}
