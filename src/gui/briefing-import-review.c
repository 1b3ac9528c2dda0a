/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-import-review"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-bundle-edit.h"
#include "briefing-edit-widgets.h"
#include "briefing-import-review.h"
#include "briefing-labels.h"
#include "briefing-tooltip.h"

/* Proposals at least this sure are checked when the dialog opens. */
#define HIGH_CONFIDENCE 0.7

/* One candidate shown, with the widgets that edit it. */
typedef struct
{
  guint              index;
  BriefingCandidate *candidate;   /* owned: a copy that takes the user's edits */
  GtkWidget         *row;
  GtkWidget         *check;
  GtkWidget         *text_entry;  /* the name, title or wording; NULL for responses */
  GtkWidget         *date_entry;  /* events */
  GtkWidget         *choice;      /* role, status or stance drop-down */
  GtkWidget         *party_drop;  /* demands */
  gboolean           blocked;     /* it depends on a candidate that is not checked */
} Row;

struct _BriefingImportReview
{
  GtkWindow           parent_instance;

  /* Template widgets */
  GtkWidget          *add_button;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  GtkLabel           *headline_label;
  GtkLabel           *source_label;
  GtkEntry           *publisher_entry;
  GtkEntry           *date_entry;
  GtkLabel           *hint_label;
  GtkBox             *groups_box;

  /* Owned */
  BriefingDocument   *document;
  BriefingExtraction *extraction;
  BriefingExtractRules *rules;    /* nullable: to read the article again once its date is known */
  GPtrArray          *rows;       /* Row*, in the order shown */
  GListStore         *parties;    /* BriefingParty: the bundle's and the proposed ones, for choices */
  gboolean            valid;      /* everything checked can be added as it is */
};

G_DEFINE_FINAL_TYPE (BriefingImportReview, briefing_import_review, GTK_TYPE_WINDOW)

enum {
  ADD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
row_free (Row *row)
{
  briefing_candidate_free (row->candidate);
  g_free (row);
}

static Row *
find_row (BriefingImportReview  *self,
          BriefingCandidateKind  kind,
          const char            *id)
{
  for (guint i = 0; id != NULL && i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (row->candidate->kind == kind && g_strcmp0 (row->candidate->id, id) == 0)
        return row;
    }
  return NULL;
}

/* The name of party @id, from the bundle or the proposals. */
static const char *
party_name (BriefingImportReview *self,
            const char           *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->parties)); i++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      if (g_strcmp0 (briefing_party_get_id (party), id) == 0)
        return briefing_party_get_name (party);
    }
  return id;
}

static gboolean
row_accepted (Row *row)
{
  return row != NULL && !row->blocked && gtk_check_button_get_active (GTK_CHECK_BUTTON (row->check));
}

/* Why @row cannot be added now, or NULL: a candidate it depends on is shown and not accepted. */
static char *
blocking_reason (BriefingImportReview *self,
                 Row                  *row)
{
  const BriefingCandidate *c = row->candidate;
  Row *dep;

  switch (c->kind)
    {
    case BRIEFING_CANDIDATE_OUTCOME:
      if ((dep = find_row (self, BRIEFING_CANDIDATE_EVENT, c->ref)) != NULL && !row_accepted (dep))
        /* Translators: %s is an event's title */
        return g_strdup_printf (_("An outcome of the event “%s”, which is not checked"), dep->candidate->title);
      break;

    case BRIEFING_CANDIDATE_DEMAND:
      if ((dep = find_row (self, BRIEFING_CANDIDATE_PARTY, c->party)) != NULL && !row_accepted (dep))
        /* Translators: %s is a party's name */
        return g_strdup_printf (_("Made by “%s”, which is not checked"), dep->candidate->name);
      if (!c->existing && (dep = find_row (self, BRIEFING_CANDIDATE_EVENT, c->ref)) != NULL && !row_accepted (dep))
        /* Translators: %s is an event's title */
        return g_strdup_printf (_("Stated at the event “%s”, which is not checked"), dep->candidate->title);
      break;

    case BRIEFING_CANDIDATE_RESPONSE:
      if ((dep = find_row (self, BRIEFING_CANDIDATE_DEMAND, c->ref)) != NULL && !row_accepted (dep))
        /* Translators: %s is the wording of a demand */
        return g_strdup_printf (_("Answers the demand “%s”, which is not checked"), dep->candidate->text);
      if ((dep = find_row (self, BRIEFING_CANDIDATE_PARTY, c->party)) != NULL && !row_accepted (dep))
        return g_strdup_printf (_("Made by “%s”, which is not checked"), dep->candidate->name);
      if ((dep = find_row (self, BRIEFING_CANDIDATE_EVENT, c->event)) != NULL && !row_accepted (dep))
        return g_strdup_printf (_("Given at the event “%s”, which is not checked"), dep->candidate->title);
      break;

    default:
      break;
    }
  return NULL;
}

static gboolean
parse_day (const char   *text,
           BriefingDate *date)
{
  return briefing_date_parse (text, date, NULL) && date->precision >= BRIEFING_DATE_PRECISION_DAY;
}

static void
mark_invalid (GtkWidget *entry,
              gboolean   invalid)
{
  if (invalid)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static gboolean
is_blank (GtkWidget *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return text[0] == '\0';
}

/* The one function that decides what can be added: dependencies, required values, the hint. */
static void
update (BriefingImportReview *self)
{
  BriefingDate date;
  const char *problem = NULL;
  guint n_accepted = 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      g_autofree char *reason = NULL;
      gboolean invalid;

      if (row->party_drop != NULL)
        {
          g_free (row->candidate->party);
          row->candidate->party = g_strdup (briefing_item_drop_down_get_id (row->party_drop));
        }
      reason = blocking_reason (self, row);
      row->blocked = reason != NULL;
      gtk_widget_set_sensitive (row->row, !row->blocked);
      briefing_widget_set_tooltip (row->row, reason);

      if (!row_accepted (row))
        continue;
      n_accepted++;
      invalid = row->text_entry != NULL && !row->candidate->existing && is_blank (row->text_entry);
      mark_invalid (row->text_entry != NULL ? row->text_entry : row->row, invalid);
      if (invalid && problem == NULL)
        problem = _("A checked proposal has no words: write them, or uncheck it.");
      if (row->date_entry != NULL && !row->candidate->existing)
        {
          gboolean bad = !briefing_date_parse (gtk_editable_get_text (GTK_EDITABLE (row->date_entry)), &date, NULL);

          mark_invalid (row->date_entry, bad);
          if (bad && problem == NULL)
            problem = _("An event’s date is not a date: write it as 2025-06-02, 2025-06 or 2025.");
        }
    }

  mark_invalid (GTK_WIDGET (self->publisher_entry), is_blank (GTK_WIDGET (self->publisher_entry)));
  mark_invalid (GTK_WIDGET (self->date_entry), !parse_day (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &date));
  if (is_blank (GTK_WIDGET (self->publisher_entry)))
    problem = _("The bundle needs the article’s outlet: the page does not name it.");
  else if (!parse_day (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &date))
    problem = _("The bundle needs the day the article was published, as 2025-06-02.");

  self->valid = problem == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.add", self->valid);
  if (problem != NULL)
    {
      gtk_label_set_text (self->hint_label, problem);
      gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "dim-label");
      return;
    }

  if (self->rows->len == 0)
    summary = g_strdup (_("Briefing found nothing in the article to propose; the article joins the bundle on its own."));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u of %u proposal checked. Each rests on the words quoted beneath it.",
                                            "%u of %u proposals checked. Each rests on the words quoted beneath it.",
                                            self->rows->len),
                               n_accepted, self->rows->len);
  gtk_label_set_text (self->hint_label, summary);
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");
}

static void build (BriefingImportReview *self);

/* Dates in the text ("on Sunday") are read against the publication date: a page that did not say
 * it is read again once it is given. Edits made to the proposals before are lost, so the date
 * comes first in the dialog. */
static void
reread_with_date (BriefingImportReview *self)
{
  BriefingArticle *article = briefing_extraction_get_article (self->extraction);
  BriefingDate date;
  g_autoptr(BriefingExtraction) extraction = NULL;
  GtkWidget *child;

  if (self->rules == NULL || !parse_day (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &date) ||
      briefing_date_equal (&date, briefing_article_get_published (article)))
    return;

  briefing_article_set_published (article, &date);
  extraction = briefing_extract (article, briefing_document_get_bundle (self->document), self->rules, NULL);
  if (extraction == NULL)
    return;

  g_set_object (&self->extraction, extraction);
  g_ptr_array_set_size (self->rows, 0);
  g_list_store_remove_all (self->parties);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
  build (self);
}

static void
on_article_changed (BriefingImportReview *self)
{
  reread_with_date (self);
  update (self);
}

/* Building rows */

static GtkWidget *
new_entry (BriefingImportReview *self,
           const char           *text,
           const char           *accessible_name)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (update), self);
  return entry;
}

static GtkWidget *
new_caption (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The entries and drop-downs that edit a new candidate, in @editors (and a caption in @body). */
static void
add_editors (BriefingImportReview *self,
             Row                  *row,
             GtkWidget            *body,
             GtkWidget            *editors)
{
  const BriefingCandidate *c = row->candidate;
  g_autofree char *date = NULL;

  switch (c->kind)
    {
    case BRIEFING_CANDIDATE_PARTY:
      row->text_entry = new_entry (self, c->name, _("Party name"));
      row->choice = briefing_enum_drop_down_new ((BriefingLabelFunc) briefing_party_role_label, 4, c->role, _("Role"));
      break;

    case BRIEFING_CANDIDATE_EVENT:
      gtk_box_append (GTK_BOX (body), new_caption (briefing_event_kind_label (c->event_kind), "dim-label"));
      row->text_entry = new_entry (self, c->title, _("Event title"));
      date = briefing_date_is_set (&c->date) ? briefing_date_to_string (&c->date) : NULL;
      row->date_entry = new_entry (self, date, _("Event date"));
      gtk_widget_set_hexpand (row->date_entry, FALSE);
      gtk_editable_set_width_chars (GTK_EDITABLE (row->date_entry), 11);
      break;

    case BRIEFING_CANDIDATE_OUTCOME:
      row->choice = briefing_enum_drop_down_new ((BriefingLabelFunc) briefing_outcome_status_label, 5, c->status,
                                                 _("Outcome status"));
      row->text_entry = new_entry (self, c->text, _("Outcome"));
      break;

    case BRIEFING_CANDIDATE_DEMAND:
      row->party_drop = briefing_item_drop_down_new (G_LIST_MODEL (self->parties), c->party, NULL, _("Party making the demand"));
      g_signal_connect_swapped (row->party_drop, "notify::selected", G_CALLBACK (update), self);
      row->text_entry = new_entry (self, c->text, _("Demand"));
      break;

    case BRIEFING_CANDIDATE_RESPONSE:
      {
        Row *demand = find_row (self, BRIEFING_CANDIDATE_DEMAND, c->ref);
        BriefingDemand *known = briefing_bundle_lookup_demand (briefing_document_get_bundle (self->document), c->ref);
        /* Translators: a response: the party's name, then the demand it answers */
        g_autofree char *text = g_strdup_printf (_("%s, to “%s”"), party_name (self, c->party),
                                                 demand != NULL ? demand->candidate->text
                                                 : known != NULL ? briefing_demand_get_text (known) : c->ref);
        GtkWidget *label = gtk_label_new (text);

        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_widget_set_hexpand (label, TRUE);
        gtk_box_append (GTK_BOX (editors), label);
        row->choice = briefing_enum_drop_down_new ((BriefingLabelFunc) briefing_stance_label, 4, c->stance, _("Stance"));
      }
      break;

    default:
      g_assert_not_reached ();
    }

  if (row->choice != NULL && c->kind != BRIEFING_CANDIDATE_RESPONSE)
    gtk_box_append (GTK_BOX (editors), row->choice);
  if (row->party_drop != NULL)
    gtk_box_append (GTK_BOX (editors), row->party_drop);
  if (row->text_entry != NULL)
    gtk_box_append (GTK_BOX (editors), row->text_entry);
  if (row->date_entry != NULL)
    gtk_box_append (GTK_BOX (editors), row->date_entry);
  if (c->kind == BRIEFING_CANDIDATE_RESPONSE)
    gtk_box_append (GTK_BOX (editors), row->choice);
}

/* Check button, editors, a caption when the bundle has it already, and the quote in italics. */
static Row *
add_row (BriefingImportReview *self,
         GtkListBox           *list,
         guint                 index,
         gboolean              nested)
{
  const BriefingCandidate *c = briefing_extraction_get_candidate (self->extraction, index);
  Row *row = g_new0 (Row, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *editors = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *quote = g_markup_printf_escaped ("<i>“%s”</i>", c->exact != NULL ? c->exact : "");
  GtkWidget *quote_label;

  row->index = index;
  row->candidate = briefing_candidate_copy (c);
  row->check = gtk_check_button_new ();
  gtk_check_button_set_active (GTK_CHECK_BUTTON (row->check), c->existing || c->confidence >= HIGH_CONFIDENCE);
  gtk_widget_set_valign (row->check, GTK_ALIGN_START);
  g_signal_connect_swapped (row->check, "toggled", G_CALLBACK (update), self);

  if (c->existing)
    {
      /* What the bundle has already is not edited here: it is named, and gains this quote. */
      const char *name = c->kind == BRIEFING_CANDIDATE_PARTY ? c->name
                         : c->kind == BRIEFING_CANDIDATE_EVENT ? c->title : c->text;
      GtkWidget *label = gtk_label_new (name != NULL ? name : c->exact);

      if (c->kind == BRIEFING_CANDIDATE_EVENT)
        gtk_box_append (GTK_BOX (body), new_caption (briefing_event_kind_label (c->event_kind), "dim-label"));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (editors), label);
    }
  else
    add_editors (self, row, body, editors);
  gtk_box_append (GTK_BOX (body), editors);

  if (c->existing)
    gtk_box_append (GTK_BOX (body), new_caption (_("Already in the bundle: checked, it gains this quote"), "dim-label"));

  quote_label = new_caption (NULL, "import-quote");
  gtk_label_set_markup (GTK_LABEL (quote_label), quote);
  gtk_label_set_selectable (GTK_LABEL (quote_label), TRUE);
  gtk_box_append (GTK_BOX (body), quote_label);

  gtk_widget_set_hexpand (body, TRUE);
  gtk_box_append (GTK_BOX (box), row->check);
  gtk_box_append (GTK_BOX (box), body);
  row->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row->row), box);
  if (nested)
    gtk_widget_add_css_class (row->row, "import-nested");
  gtk_list_box_append (list, row->row);

  {
    const char *name = c->kind == BRIEFING_CANDIDATE_PARTY ? c->name
                       : c->kind == BRIEFING_CANDIDATE_EVENT ? c->title : c->text;

    gtk_accessible_update_property (GTK_ACCESSIBLE (row->check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name != NULL ? name : c->exact, -1);
  }

  g_ptr_array_add (self->rows, row);
  return row;
}

/* A heading and a boxed list for one kind; NULL when there is nothing of that kind. */
static GtkListBox *
add_group (BriefingImportReview  *self,
           const char            *title,
           guint                  count)
{
  g_autofree char *heading = NULL;
  GtkWidget *label;
  GtkWidget *list;

  if (count == 0)
    return NULL;

  /* Translators: a group heading of the import review with the number of proposals, "Demands (6)" */
  heading = g_strdup_printf (_("%s (%u)"), title, count);
  label = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (self->groups_box, label);
  gtk_box_append (self->groups_box, list);
  return GTK_LIST_BOX (list);
}

static guint
count_kind (BriefingExtraction    *extraction,
            BriefingCandidateKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    n += briefing_extraction_get_candidate (extraction, i)->kind == kind;
  return n;
}

static void
build (BriefingImportReview *self)
{
  BriefingExtraction *ex = self->extraction;
  BriefingBundle *bundle = briefing_document_get_bundle (self->document);
  GListModel *parties = briefing_bundle_get_parties (bundle);
  guint n = briefing_extraction_get_n_candidates (ex);
  GtkListBox *list;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i);

      g_list_store_append (self->parties, party);
    }
  for (guint i = 0; i < n; i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (ex, i);
      g_autoptr(BriefingParty) party = NULL;

      if (c->kind != BRIEFING_CANDIDATE_PARTY || c->existing)
        continue;
      party = briefing_party_new (c->id, c->name, c->role);
      g_list_store_append (self->parties, party);
    }

  if ((list = add_group (self, _("Parties"), count_kind (ex, BRIEFING_CANDIDATE_PARTY))) != NULL)
    for (guint i = 0; i < n; i++)
      if (briefing_extraction_get_candidate (ex, i)->kind == BRIEFING_CANDIDATE_PARTY)
        add_row (self, list, i, FALSE);

  /* Each event with its outcomes beneath it; outcomes of an event the bundle has come first. */
  if ((list = add_group (self, _("Events and outcomes"),
                         count_kind (ex, BRIEFING_CANDIDATE_EVENT) + count_kind (ex, BRIEFING_CANDIDATE_OUTCOME))) != NULL)
    {
      for (guint i = 0; i < n; i++)
        {
          const BriefingCandidate *c = briefing_extraction_get_candidate (ex, i);

          if (c->kind != BRIEFING_CANDIDATE_EVENT)
            continue;
          add_row (self, list, i, FALSE);
          for (guint j = 0; j < n; j++)
            {
              const BriefingCandidate *o = briefing_extraction_get_candidate (ex, j);

              if (o->kind == BRIEFING_CANDIDATE_OUTCOME && g_strcmp0 (o->ref, c->id) == 0)
                add_row (self, list, j, TRUE);
            }
        }
      for (guint i = 0; i < n; i++)
        {
          const BriefingCandidate *o = briefing_extraction_get_candidate (ex, i);

          if (o->kind == BRIEFING_CANDIDATE_OUTCOME && find_row (self, BRIEFING_CANDIDATE_EVENT, o->ref) == NULL)
            add_row (self, list, i, TRUE);
        }
    }

  if ((list = add_group (self, _("Demands"), count_kind (ex, BRIEFING_CANDIDATE_DEMAND))) != NULL)
    for (guint i = 0; i < n; i++)
      if (briefing_extraction_get_candidate (ex, i)->kind == BRIEFING_CANDIDATE_DEMAND)
        add_row (self, list, i, FALSE);

  if ((list = add_group (self, _("Responses"), count_kind (ex, BRIEFING_CANDIDATE_RESPONSE))) != NULL)
    for (guint i = 0; i < n; i++)
      if (briefing_extraction_get_candidate (ex, i)->kind == BRIEFING_CANDIDATE_RESPONSE)
        add_row (self, list, i, FALSE);
}

static void
show_article (BriefingImportReview *self)
{
  BriefingArticle *article = briefing_extraction_get_article (self->extraction);
  const BriefingDate *published = briefing_article_get_published (article);
  g_autofree char *date = briefing_date_is_set (published) ? briefing_date_to_string (published) : NULL;
  guint n = briefing_article_get_n_paragraphs (article);
  const char *url = briefing_article_get_url (article);
  g_autofree char *paragraphs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paragraph", "%u paragraphs", n), n);
  g_autofree char *source = NULL;

  gtk_label_set_text (self->headline_label, briefing_article_get_headline (article));
  if (url != NULL)
    /* Translators: "8 paragraphs · https://…", under the headline of an imported article */
    source = g_strdup_printf (_("%s · %s"), paragraphs, url);
  gtk_label_set_text (self->source_label, source != NULL ? source : paragraphs);
  gtk_editable_set_text (GTK_EDITABLE (self->publisher_entry),
                         briefing_article_get_publisher (article) ? briefing_article_get_publisher (article) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date != NULL ? date : "");
}

/* Actions */

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[ADD], 0);
}

/* GObject */

static void
briefing_import_review_dispose (GObject *object)
{
  BriefingImportReview *self = BRIEFING_IMPORT_REVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), BRIEFING_TYPE_IMPORT_REVIEW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->parties);
  g_clear_object (&self->extraction);
  g_clear_object (&self->rules);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (briefing_import_review_parent_class)->dispose (object);
}

static void
briefing_import_review_class_init (BriefingImportReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_import_review_dispose;

  /* "Add to Bundle" was chosen: the opener applies the review. */
  signals[ADD] = g_signal_new ("add", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                               G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-import-review.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, add_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, error_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, headline_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, source_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, publisher_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, date_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, hint_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingImportReview, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, on_article_changed);

  gtk_widget_class_install_action (widget_class, "review.add", NULL, add_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_import_review_init (BriefingImportReview *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->parties = g_list_store_new (BRIEFING_TYPE_PARTY);
  gtk_widget_init_template (GTK_WIDGET (self));
}

BriefingImportReview *
briefing_import_review_new (GtkWindow            *parent,
                            BriefingDocument     *document,
                            BriefingExtraction   *extraction,
                            BriefingExtractRules *rules)
{
  BriefingImportReview *self;

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (BRIEFING_IS_EXTRACTION (extraction), NULL);
  g_return_val_if_fail (rules == NULL || BRIEFING_IS_EXTRACT_RULES (rules), NULL);

  self = g_object_new (BRIEFING_TYPE_IMPORT_REVIEW, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->extraction = g_object_ref (extraction);
  show_article (self);
  /* Set after the article is shown: filling in its fields is not a change of date. */
  self->rules = rules != NULL ? g_object_ref (rules) : NULL;
  build (self);
  update (self);
  return self;
}

BriefingDocument *
briefing_import_review_get_document (BriefingImportReview *self)
{
  g_return_val_if_fail (BRIEFING_IS_IMPORT_REVIEW (self), NULL);

  return self->document;
}

BriefingExtraction *
briefing_import_review_get_extraction (BriefingImportReview *self)
{
  g_return_val_if_fail (BRIEFING_IS_IMPORT_REVIEW (self), NULL);

  return self->extraction;
}

static Row *
row_for_index (BriefingImportReview *self,
               guint                 index)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (((Row *) g_ptr_array_index (self->rows, i))->index == index)
      return g_ptr_array_index (self->rows, i);
  return NULL;
}

GtkWidget *
briefing_import_review_get_row (BriefingImportReview *self,
                                guint                 index)
{
  Row *row;

  g_return_val_if_fail (BRIEFING_IS_IMPORT_REVIEW (self), NULL);

  row = row_for_index (self, index);
  return row != NULL ? row->row : NULL;
}

gboolean
briefing_import_review_get_accepted (BriefingImportReview *self,
                                     guint                 index)
{
  g_return_val_if_fail (BRIEFING_IS_IMPORT_REVIEW (self), FALSE);

  return row_accepted (row_for_index (self, index));
}

/* Copies what the user edited into the candidate of @row. */
static void
take_edits (Row *row)
{
  BriefingCandidate *c = row->candidate;
  char **field = c->kind == BRIEFING_CANDIDATE_PARTY ? &c->name
                 : c->kind == BRIEFING_CANDIDATE_EVENT ? &c->title : &c->text;

  if (row->text_entry != NULL)
    {
      g_free (*field);
      *field = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->text_entry))));
    }
  if (row->date_entry != NULL)
    briefing_date_parse (gtk_editable_get_text (GTK_EDITABLE (row->date_entry)), &c->date, NULL);
  if (row->choice != NULL)
    {
      guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (row->choice));

      if (c->kind == BRIEFING_CANDIDATE_PARTY)
        c->role = selected;
      else if (c->kind == BRIEFING_CANDIDATE_OUTCOME)
        c->status = selected;
      else if (c->kind == BRIEFING_CANDIDATE_RESPONSE)
        c->stance = selected;
    }
}

gboolean
briefing_import_review_apply (BriefingImportReview  *self,
                              GError               **error)
{
  BriefingArticle *article;
  BriefingBundle *bundle;
  g_autoptr(GArray) accepted = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *publisher = NULL;
  BriefingDate date;

  g_return_val_if_fail (BRIEFING_IS_IMPORT_REVIEW (self), FALSE);

  update (self);
  if (!self->valid)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, gtk_label_get_text (self->hint_label));
      return FALSE;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      take_edits (row);
      briefing_extraction_set_candidate (self->extraction, row->index, row->candidate);
      if (row_accepted (row))
        g_array_append_val (accepted, row->index);
    }

  /* People join with their party, as its representatives. */
  bundle = briefing_document_get_bundle (self->document);
  for (guint i = 0; i < briefing_extraction_get_n_candidates (self->extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (self->extraction, i);
      Row *party = c->kind == BRIEFING_CANDIDATE_PERSON ? find_row (self, BRIEFING_CANDIDATE_PARTY, c->party) : NULL;

      if (c->kind == BRIEFING_CANDIDATE_PERSON &&
          (row_accepted (party) || (party == NULL && briefing_bundle_lookup_party (bundle, c->party) != NULL)))
        g_array_append_val (accepted, i);
    }

  article = briefing_extraction_get_article (self->extraction);
  publisher = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->publisher_entry))));
  briefing_article_set_publisher (article, publisher);
  if (parse_day (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)), &date))
    briefing_article_set_published (article, &date);

  return briefing_extraction_apply_to_document (self->extraction, self->document, accepted, error);
}

void
briefing_import_review_set_error (BriefingImportReview *self,
                                  const char           *message)
{
  g_return_if_fail (BRIEFING_IS_IMPORT_REVIEW (self));

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}
