-- Templates in several languages: each edition records the language it is written in, and
-- the template, its sections and its questions hold their translations into the other
-- official languages as {"fr": {"title": "…"}, …}.
alter table report_template
    add column language     varchar(2) not null default 'en'
        check (language in ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    add column translations jsonb      not null default '{}';

alter table template_section
    add column translations jsonb not null default '{}';

-- fields: text, guidance and option.CODE for the label of each option
alter table template_question
    add column translations jsonb not null default '{}';
