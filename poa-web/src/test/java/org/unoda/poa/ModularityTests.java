package org.unoda.poa;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries: core depends on none of our modules, reporting and meetings on core
 * only and never on each other, web on all three. Writes the module diagrams into
 * {@code docs/modules}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PoaApplication.class);

	@Test
	void modulesRespectTheirAllowedDependencies() {
		this.modules.verify();
	}

	@Test
	void findsTheFourModules() {
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("core", "reporting", "meetings", "web");
	}

	@Test
	void coreDependsOnNoOtherModule() {
		assertThat(dependencies("core")).isEmpty();
	}

	@Test
	void reportingAndMeetingsNeverDependOnEachOther() {
		assertThat(dependencies("reporting")).doesNotContain("meetings", "web");
		assertThat(dependencies("meetings")).doesNotContain("reporting", "web");
	}

	@Test
	void writesTheModuleDiagramsIntoDocs() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

	private java.util.List<String> dependencies(String module) {
		return this.modules.getModuleByName(module)
			.orElseThrow()
			.getDirectDependencies(this.modules)
			.stream()
			.map(dependency -> dependency.getTargetModule().getIdentifier().toString())
			.toList();
	}

}
