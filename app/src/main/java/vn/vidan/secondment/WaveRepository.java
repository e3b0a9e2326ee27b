package vn.vidan.secondment;

import org.springframework.data.jpa.repository.JpaRepository;

interface WaveRepository extends JpaRepository<SecondmentWave, String> {

}
