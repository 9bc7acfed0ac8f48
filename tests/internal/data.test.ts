import { expect } from '@open-wc/testing';
import { byId, dataset, endOf, eventsInOrder, idsOf, roleAt, sourcesOf, startOf } from '../../src/internal/data.js';

describe('dataset access', () => {
  it('looks items up by their exact id', () => {
    expect(byId('events', 'cycle-1-review')?.date).to.equal('2009-05-08');
    expect(byId('cycles', 'cycle-4')?.recommendations.accepted.count).to.equal(271);
    expect(byId('events', 'Cycle-1-Review')).to.equal(undefined);
    expect(byId('events', '')).to.equal(undefined);
    expect(byId('events', null)).to.equal(undefined);
    // Ids are per collection: a fact id is not an event.
    expect(byId('events', dataset.facts[0].id)).to.equal(undefined);
  });

  it('lists the ids of a collection', () => {
    expect(idsOf('quotes')).to.have.length(dataset.quotes.length);
    expect(idsOf('quotes')).to.include('do-hung-viet-midterm-launch-groundwork');
  });

  it('orders timeline events by date, whatever their precision', () => {
    const events = eventsInOrder();
    expect(events).to.have.length(dataset.events.length);
    for (let i = 1; i < events.length; i += 1) {
      const [previous, current] = [events[i - 1], events[i]];
      if (previous.after || current.after) continue; // ordered by the event they follow, checked below
      expect(startOf(previous.date) <= startOf(current.date), `${previous.id} before ${current.id}`).to.equal(true);
    }
    expect(events[0].id).to.equal('hrc-created');
    // "2014" (a year) comes before 2014-02-05.
    const ids = events.map((e) => e.id);
    expect(ids.indexOf('hrc-membership-2014-2016')).to.be.lessThan(ids.indexOf('cycle-2-review'));
    // Known only as "2024", but its source says it followed the 7 May 2024 dialogue.
    expect(ids.indexOf('mps-upr-seminar-2024')).to.equal(ids.indexOf('cycle-4-review') + 1);
  });

  it('gives a speaker the role held at the time', () => {
    const minh = byId('people', 'nguyen-vu-minh')!;
    expect(roleAt(minh, '2022-09-28')?.title.en).to.include('Assistant Director-General');
    expect(roleAt(minh, '2024')?.title.en).to.include('Deputy Director-General');
    expect(roleAt(minh, '2010')).to.equal(undefined);
  });

  it('resolves the sources an item cites', () => {
    const event = byId('events', 'midterm-report-approved')!;
    expect(sourcesOf(event.sources).map((s) => s.id)).to.deep.equal(event.sources);
    expect(sourcesOf(['no-such-source'])).to.deep.equal([]);
  });

  it('knows the first and last day a partial date may mean', () => {
    expect([startOf('2024'), endOf('2024')]).to.deep.equal(['2024-01-01', '2024-12-31']);
    expect([startOf('2024-02'), endOf('2024-02')]).to.deep.equal(['2024-02-01', '2024-02-29']);
    expect([startOf('2024-02-10'), endOf('2024-02-10')]).to.deep.equal(['2024-02-10', '2024-02-10']);
  });
});
